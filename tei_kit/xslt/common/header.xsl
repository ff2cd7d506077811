<?xml version="1.0" encoding="UTF-8"?>
<!--
  The header fields tei-kit's views use (TEI chapter 2, "The TEI Header"): where each one lives in
  the teiHeader tei-kit writes (see ENCODING.md section 2), normalised to plain strings.

  Every function takes any node of the document and returns the empty sequence when the field is
  missing: views test for presence and never print empty punctuation.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:x-tei-kit"
    exclude-result-prefixes="#all">

  <!-- teiHeader/fileDesc and friends, for the functions below -->
  <xsl:function name="tk:file-desc" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc"/>
  </xsl:function>

  <xsl:function name="tk:source-bibl" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(tk:file-desc($doc)/tei:sourceDesc/tei:bibl[not(@type = 'citation')])[1]"/>
  </xsl:function>

  <xsl:function name="tk:ms-identifier" as="element()?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(tk:file-desc($doc)/tei:sourceDesc/tei:msDesc/tei:msIdentifier)[1]"/>
  </xsl:function>

  <!-- A string, or nothing when it is empty after whitespace normalisation. -->
  <xsl:function name="tk:text" as="xs:string?">
    <xsl:param name="node" as="item()*"/>
    <!-- the first non-empty one: valid TEI may repeat what a view shows once -->
    <xsl:sequence select="(for $n in $node return normalize-space(string($n)))[. ne ''][1]"/>
  </xsl:function>

  <!-- titleStmt/title (the first main title). -->
  <xsl:function name="tk:title" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="titles" select="tk:file-desc($doc)/tei:titleStmt/tei:title"/>
    <xsl:sequence select="tk:text(($titles[@type = 'main'], $titles)[1])"/>
  </xsl:function>

  <!-- titleStmt/author as name elements (the persName inside, else the author itself). -->
  <xsl:function name="tk:author-names" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:file-desc($doc)/tei:titleStmt/tei:author
                          ! ((tei:persName | tei:orgName | tei:name)[1], .)[1][normalize-space()]"/>
  </xsl:function>

  <xsl:function name="tk:authors" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:author-names($doc) ! tk:text(.)"/>
  </xsl:function>

  <!-- The document's date, ISO 8601: profileDesc/creation/date (@when, else @from or @notBefore),
       else sourceDesc/bibl/date/@when. -->
  <xsl:function name="tk:date-iso" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="creation" select="root($doc)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date[1]"/>
    <xsl:sequence select="($creation/@when, $creation/@from, $creation/@notBefore,
                           tk:source-bibl($doc)/tei:date/@when)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- The document's date as the archive writes it, "Month DD, YYYY" ("October 07, 1957"); the
       date's text when it has no ISO value. -->
  <xsl:function name="tk:date-long" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="root($doc)/tei:TEI/tei:teiHeader"/>
    <xsl:sequence select="(tk:format-date(tk:date-iso($doc), 'long'),
                           tk:text($header/tei:profileDesc/tei:creation//tei:date[1]),
                           tk:text(tk:source-bibl($doc)/tei:date))[1]"/>
  </xsl:function>

  <!-- The year of the document's date ("1957"). -->
  <xsl:function name="tk:year" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:date-parts(tk:date-iso($doc))[1] ! format-number(., '0000')"/>
  </xsl:function>

  <!-- The archive's collection that holds the copy: sourceDesc/bibl/distributor (else publisher). -->
  <xsl:function name="tk:archive" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:text(tk:source-bibl($doc)/(tei:distributor, tei:publisher)[normalize-space()][1])"/>
  </xsl:function>

  <!-- msIdentifier/repository ("AVPRF"). -->
  <xsl:function name="tk:repository" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:text(tk:ms-identifier($doc)/tei:repository)"/>
  </xsl:function>

  <!-- msIdentifier/idno[@type='signature'] (else the first idno), kept as written. -->
  <xsl:function name="tk:signature" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="idnos" select="tk:ms-identifier($doc)/tei:idno"/>
    <xsl:sequence select="tk:text(($idnos[@type = 'signature'], $idnos)[1])"/>
  </xsl:function>

  <!-- Repository and signature together ("AVPRF F. 0102, Op. 13, Delo 5, Listy 257-307"). -->
  <xsl:function name="tk:archive-location" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string-join((tk:repository($doc), tk:signature($doc)), ' ')[. ne '']"/>
  </xsl:function>

  <!-- The respStmt elements whose resp says translation. -->
  <xsl:function name="tk:translation-resps" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:file-desc($doc)/tei:titleStmt/tei:respStmt
                          [tei:resp[starts-with(lower-case(normalize-space()), 'transl')
                                    or @key = 'trl' or ends-with(@ref, 'trl')]]"/>
  </xsl:function>

  <!-- Translators as name elements, and as strings ("Gary Goldberg"). -->
  <xsl:function name="tk:translator-names" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:translation-resps($doc)/(tei:persName | tei:name)[normalize-space()]"/>
  </xsl:function>

  <xsl:function name="tk:translators" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:translator-names($doc) ! tk:text(.)"/>
  </xsl:function>

  <!-- The project the translation was made for (respStmt/orgName: "NKIDP"). -->
  <xsl:function name="tk:project" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:text(tk:translation-resps($doc)/tei:orgName[normalize-space()][1])"/>
  </xsl:function>

  <!-- "Translated for NKIDP by Gary Goldberg", "Translated by A and B", "Translated for NKIDP";
       nothing when neither is known. No final full stop. -->
  <xsl:function name="tk:translation-statement" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="by" select="tk:and-list(tk:translators($doc))"/>
    <xsl:variable name="for" select="tk:project($doc)"/>
    <xsl:sequence select="if (empty($by) and empty($for)) then ()
                          else string-join(('Translated', $for ! ('for ' || .), $by ! ('by ' || .)), ' ')"/>
  </xsl:function>

  <!-- titleStmt/funder, one string each. -->
  <xsl:function name="tk:funders" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="tk:file-desc($doc)/tei:titleStmt/tei:funder ! tk:text(.)"/>
  </xsl:function>

  <!-- profileDesc/abstract, its paragraphs joined by a space. -->
  <xsl:function name="tk:summary" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="abstract" select="root($doc)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract"/>
    <xsl:sequence select="tk:text(string-join($abstract ! (if (tei:p) then tei:p ! string(.) else string(.)), ' '))"/>
  </xsl:function>

  <!-- The text's language code: profileDesc/langUsage/language/@ident, else TEI/@xml:lang. -->
  <xsl:function name="tk:language" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="tei" select="root($doc)/tei:TEI"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident,
                           $tei/@xml:lang)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- The archive's own citation line, unchanged (sourceDesc/bibl/note[@type='citation'] or
       bibl[@type='citation']). Views compute their citations; this is for comparison only. -->
  <xsl:function name="tk:citation-line" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="source" select="tk:file-desc($doc)/tei:sourceDesc"/>
    <xsl:sequence select="tk:text(($source/tei:bibl/tei:note[@type = 'citation'],
                                   $source/tei:bibl[@type = 'citation'])[1])"/>
  </xsl:function>

  <!-- A web address of the source (sourceDesc/bibl/ref/@target or idno[@type='URI'|'URL']). -->
  <xsl:function name="tk:source-url" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="bibl" select="tk:source-bibl($doc)"/>
    <xsl:sequence select="($bibl/tei:ref/@target, $bibl/tei:idno[lower-case(@type) = ('uri', 'url')])
                          [matches(normalize-space(.), '^https?://')][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    Family and given name of a person's name element: from surname/forename when the name is
    marked up so, else the last word is the family name ("A.M. Puzanov" -> "Puzanov", "A.M.").
    One word, or an organisation: the family name only.
  -->
  <xsl:function name="tk:family-given" as="xs:string+">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="words" select="tokenize(normalize-space($name), ' ')"/>
    <xsl:sequence select="
        if ($name/tei:surname)
          then (tk:text(string-join($name/tei:surname, ' ')),
                tk:text(string-join($name/tei:forename, ' ')))
        else if ($name/self::tei:orgName or count($words) lt 2) then normalize-space($name)
        else ($words[last()], string-join($words[position() lt last()], ' '))"/>
  </xsl:function>

  <!-- "Puzanov, A.M." -->
  <xsl:function name="tk:inverted-name" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="string-join(tk:family-given($name), ', ')"/>
  </xsl:function>

  <!-- ("A") -> "A"; ("A", "B") -> "A and B"; ("A", "B", "C") -> "A, B, and C"; () -> (). -->
  <xsl:function name="tk:and-list" as="xs:string?">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:variable name="n" select="count($items)"/>
    <xsl:sequence select="
        if ($n le 1) then $items
        else if ($n eq 2) then $items[1] || ' and ' || $items[2]
        else string-join($items[position() lt $n], ', ') || ', and ' || $items[$n]"/>
  </xsl:function>

</xsl:stylesheet>
