<?xml version="1.0" encoding="UTF-8"?>
<!--
  Citations built from the structured header fields (header.xsl), one mode per style:

    chicago   "Title," Month DD, YYYY, Archive, Repository Signature. Translated for Project by
              Translator. (the archive's own citation style; no author, as the archive writes it)
    mla       Family, Given. "Title." Translated by Translator, D Mon. YYYY. Archive, Repository Signature.
    bibtex    one @misc entry, values escaped for (La)TeX, capitals in the title protected
    ris       one RIS record, MANSCPT, tags as Zotero reads them (DB archive, AN archive location,
              A4 translator)
    csl-json  a one-item CSL-JSON array, type "manuscript"

  Each mode matches tei:TEI and returns one xs:string, without a final newline; a missing field
  is left out together with its punctuation. The archive's own citation line is never copied.
  Parameters used: access-date, citation-key (params.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fn="http://www.w3.org/2005/xpath-functions"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:x-tei-kit"
    exclude-result-prefixes="#all">

  <!-- The styles, in the order views show them, and their display names. -->
  <xsl:variable name="tk:citation-styles" as="xs:string+" select="('chicago', 'mla', 'bibtex', 'ris', 'csl-json')"/>
  <xsl:variable name="tk:citation-style-names" as="map(xs:string, xs:string)"
      select="map{'chicago': 'Chicago', 'mla': 'MLA', 'bibtex': 'BibTeX', 'ris': 'RIS', 'csl-json': 'CSL-JSON'}"/>

  <!-- The citation of a document in one style. -->
  <xsl:function name="tk:cite" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:param name="style" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$style eq 'chicago'"><xsl:apply-templates select="$tei" mode="chicago"/></xsl:when>
      <xsl:when test="$style eq 'mla'"><xsl:apply-templates select="$tei" mode="mla"/></xsl:when>
      <xsl:when test="$style eq 'bibtex'"><xsl:apply-templates select="$tei" mode="bibtex"/></xsl:when>
      <xsl:when test="$style eq 'ris'"><xsl:apply-templates select="$tei" mode="ris"/></xsl:when>
      <xsl:when test="$style eq 'csl-json'"><xsl:apply-templates select="$tei" mode="csl-json"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes" error-code="tk:unknown-citation-style"
            select="'unknown citation style ''' || $style || '''; known: ' || string-join($tk:citation-styles, ', ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The access-date parameter, when given. -->
  <xsl:variable name="tk:access-date" as="xs:string?" select="normalize-space($access-date)[. ne '']"/>

  <!-- Shared pieces -->

  <!-- A title in double quotes with the punctuation that follows it inside the quotes, American
       style; inner double quotes become single; a title ending in ? or ! takes no more punctuation. -->
  <xsl:function name="tk:quoted-title" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="punct" as="xs:string"/>
    <xsl:variable name="t" select="replace($title, '&quot;', '''')"/>
    <xsl:sequence select="if (matches($t, '[?!]$')) then '&quot;' || $t || '&quot;'
                          else '&quot;' || replace($t, '\.$', '') || $punct || '&quot;'"/>
  </xsl:function>

  <!-- A sentence: the text with a full stop unless it already ends in . ? or ! -->
  <xsl:function name="tk:sentence" as="xs:string?">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="$text[. ne ''] ! (if (matches(., '[.?!]$')) then . else . || '.')"/>
  </xsl:function>

  <!-- Stable citation key: family name of the first author, year, first significant title word,
       lower-case ASCII ("puzanov1957journal"); without an author, title word and year
       ("notes1961"); the citation-key parameter wins. -->
  <xsl:function name="tk:citation-key" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="stop" select="('a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'from',
                                       'by', 'with', 'and', 'or', 'about')"/>
    <xsl:variable name="author" select="tk:author-names($tei)[1] ! tk:family-given(.)[1]"/>
    <xsl:variable name="word" select="(tokenize(tk:title($tei), '\s+') ! tk:ascii-lower(.)
                                       [. ne ''][not(. = $stop)])[1]"/>
    <xsl:variable name="author-key" select="tk:ascii-lower($author)"/>
    <xsl:variable name="key" select="if ($author-key ne '') then $author-key || tk:year($tei) || $word
                                     else $word || tk:year($tei)"/>
    <xsl:sequence select="(normalize-space($citation-key)[. ne ''], $key[. ne ''], 'document')[1]"/>
  </xsl:function>

  <!-- Lower-case ASCII letters and digits only ("Ri Ju-yeŏn" -> "rijuyeon"). -->
  <xsl:function name="tk:ascii-lower" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(lower-case(normalize-unicode(string($text), 'NFKD')), '[^a-z0-9]', '')"/>
  </xsl:function>

  <!-- Chicago (archive style) -->
  <xsl:template match="tei:TEI" mode="chicago" as="xs:string">
    <xsl:variable name="title" select="tk:title(.)"/>
    <xsl:variable name="rest" select="(tk:date-long(.), tk:archive(.), tk:archive-location(.))"/>
    <xsl:variable name="first" select="
        if (empty($title)) then tk:sentence(string-join($rest, ', '))
        else if (empty($rest)) then tk:quoted-title($title, '.')
        else tk:quoted-title($title, ',') || ' ' || tk:sentence(string-join($rest, ', '))"/>
    <xsl:sequence select="string-join((
        $first,
        tk:sentence(tk:translation-statement(.)),
        $tk:access-date ! ('Accessed ' || tk:format-date(., 'long') || '.')), ' ')"/>
  </xsl:template>

  <!-- MLA 9 -->
  <xsl:template match="tei:TEI" mode="mla" as="xs:string">
    <xsl:variable name="names" select="tk:author-names(.)"/>
    <xsl:variable name="authors" select="
        if (count($names) eq 0) then ()
        else if (count($names) eq 1) then tk:inverted-name($names[1])
        else if (count($names) eq 2) then tk:inverted-name($names[1]) || ', and ' || tk:text($names[2])
        else tk:inverted-name($names[1]) || ', et al'"/>
    <xsl:variable name="translated" select="tk:and-list(tk:translators(.)) ! ('Translated by ' || .)"/>
    <xsl:sequence select="string-join((
        tk:sentence($authors),
        tk:title(.) ! tk:quoted-title(., '.'),
        tk:sentence(string-join(($translated, tk:format-date(tk:date-iso(.), 'mla')), ', ')),
        tk:sentence(string-join((tk:archive(.), tk:archive-location(.)), ', ')),
        tk:source-url(.) ! tk:sentence(.),
        $tk:access-date ! ('Accessed ' || tk:format-date(., 'mla') || '.')), ' ')"/>
  </xsl:template>

  <!-- BibTeX -->

  <!-- Escape the characters (La)TeX gives a meaning to. Braces become \textbraceleft{} and
       \textbraceright{} so that every value keeps balanced braces. -->
  <xsl:function name="tk:bibtex-escape" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="map" select="map{
        '\': '\textbackslash{}', '{': '\textbraceleft{}', '}': '\textbraceright{}',
        '%': '\%', '&amp;': '\&amp;', '$': '\$', '#': '\#', '_': '\_',
        '^': '\textasciicircum{}', '~': '\textasciitilde{}'}"/>
    <xsl:sequence select="string-join(analyze-string(normalize-space($text), '[\\{}%&amp;$#_^~]')/*
                          ! (if (self::fn:match) then $map(string(.)) else string(.)))"/>
  </xsl:function>

  <!-- A title for BibTeX: escaped, and words with two or more capitals (DPRK, A.M.) in braces so
       that styles do not lower-case them. -->
  <xsl:function name="tk:bibtex-title" as="xs:string">
    <xsl:param name="title" as="xs:string?"/>
    <xsl:sequence select="string-join(tokenize(normalize-space($title), ' ')
                          ! (if (matches(., '\p{Lu}.*\p{Lu}')) then '{' || tk:bibtex-escape(.) || '}'
                             else tk:bibtex-escape(.)), ' ')"/>
  </xsl:function>

  <xsl:variable name="tk:bibtex-months" as="xs:string+"
      select="('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec')"/>
  <xsl:variable name="tk:langids" as="map(xs:string, xs:string)"
      select="map{'en': 'english', 'de': 'german', 'fr': 'french', 'ru': 'russian', 'es': 'spanish',
                  'it': 'italian', 'pl': 'polish', 'cs': 'czech', 'hu': 'hungarian'}"/>

  <xsl:template match="tei:TEI" mode="bibtex" as="xs:string">
    <xsl:variable name="date" select="tk:date-parts(tk:date-iso(.))"/>
    <!-- (name, value, braced?) triples, in order; absent values drop out -->
    <xsl:variable name="fields" as="array(xs:string?)*" select="
        (['author', string-join(tk:author-names(.) ! tk:bibtex-escape(tk:inverted-name(.)), ' and ')],
         ['title', tk:bibtex-title(tk:title(.))],
         ['date', tk:date-iso(.)[exists($date)] ! tk:bibtex-escape(.)],
         ['year', tk:year(.)],
         ['month', $tk:bibtex-months[$date[2]], 'macro'],
         ['howpublished', tk:bibtex-escape(tk:archive(.))],
         ['note', tk:bibtex-escape(string-join((tk:sentence(tk:archive-location(.)),
                                                tk:translation-statement(.)), ' '))],
         ['translator', string-join(tk:translator-names(.) ! tk:bibtex-escape(tk:inverted-name(.)), ' and ')],
         ['abstract', tk:bibtex-escape(tk:summary(.))],
         ['langid', ($tk:langids(lower-case(substring-before(tk:language(.) || '-', '-'))), '')[1]],
         ['url', tk:bibtex-escape(tk:source-url(.))],
         ['urldate', $tk:access-date ! tk:bibtex-escape(.)])
        [exists(?2) and ?2 ne '']"/>
    <xsl:sequence select="'@misc{' || tk:citation-key(.) || ',&#10;'
        || string-join($fields ! ('  ' || tk:pad(?1, 12) || ' = '
                                  || (if (array:size(.) gt 2) then ?2 else '{' || ?2 || '}')), ',&#10;')
        || '&#10;}'"/>
  </xsl:template>

  <xsl:function name="tk:pad" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="$text || string-join((1 to $width - string-length($text)) ! ' ')"/>
  </xsl:function>

  <!-- RIS -->
  <xsl:template match="tei:TEI" mode="ris" as="xs:string">
    <xsl:variable name="lines" as="xs:string*" select="
        ('TY  - MANSCPT',
         tk:title(.) ! ('TI  - ' || .),
         tk:author-names(.) ! ('AU  - ' || tk:inverted-name(.)),
         tk:translator-names(.) ! ('A4  - ' || tk:inverted-name(.)),
         tk:date-iso(.) ! tk:format-date(., 'ris')[contains(., '/')] ! ('DA  - ' || .),
         tk:year(.) ! ('PY  - ' || .),
         tk:archive(.) ! ('DB  - ' || .),
         tk:archive-location(.) ! ('AN  - ' || .),
         tk:summary(.) ! ('AB  - ' || .),
         tk:language(.) ! ('LA  - ' || .),
         tk:translation-statement(.) ! ('N1  - ' || tk:sentence(.)),
         tk:source-url(.) ! ('UR  - ' || .),
         $tk:access-date ! tk:format-date(., 'ris') ! ('Y2  - ' || .),
         'ER  - ')"/>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:template>

  <!-- CSL-JSON -->

  <!-- A CSL name object for a name element. -->
  <xsl:function name="tk:csl-name" as="element(fn:map)">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="parts" select="tk:family-given($name)"/>
    <fn:map>
      <xsl:choose>
        <xsl:when test="$name/self::tei:orgName">
          <fn:string key="literal"><xsl:value-of select="tk:text($name)"/></fn:string>
        </xsl:when>
        <xsl:otherwise>
          <fn:string key="family"><xsl:value-of select="$parts[1]"/></fn:string>
          <xsl:if test="exists($parts[2])">
            <fn:string key="given"><xsl:value-of select="$parts[2]"/></fn:string>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fn:map>
  </xsl:function>

  <!-- A CSL date object {"date-parts": [[Y, M, D]]} for an ISO date. -->
  <xsl:function name="tk:csl-date" as="element(fn:map)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="parts" select="tk:date-parts($iso)"/>
    <xsl:if test="exists($parts)">
      <fn:map key="{$key}">
        <fn:array key="date-parts">
          <fn:array>
            <xsl:for-each select="$parts"><fn:number><xsl:value-of select="."/></fn:number></xsl:for-each>
          </fn:array>
        </fn:array>
      </fn:map>
    </xsl:if>
  </xsl:function>

  <xsl:template match="tei:TEI" mode="csl-json" as="xs:string">
    <xsl:variable name="item" as="element(fn:array)">
      <fn:array>
        <fn:map>
          <fn:string key="id"><xsl:value-of select="tk:citation-key(.)"/></fn:string>
          <fn:string key="type">manuscript</fn:string>
          <xsl:for-each select="tk:title(.)">
            <fn:string key="title"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:if test="exists(tk:author-names(.))">
            <fn:array key="author"><xsl:sequence select="tk:author-names(.) ! tk:csl-name(.)"/></fn:array>
          </xsl:if>
          <xsl:if test="exists(tk:translator-names(.))">
            <fn:array key="translator"><xsl:sequence select="tk:translator-names(.) ! tk:csl-name(.)"/></fn:array>
          </xsl:if>
          <xsl:sequence select="tk:csl-date('issued', tk:date-iso(.))"/>
          <xsl:for-each select="tk:archive(.)">
            <fn:string key="archive"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:for-each select="tk:archive-location(.)">
            <fn:string key="archive_location"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:for-each select="tk:summary(.)">
            <fn:string key="abstract"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:for-each select="tk:language(.)">
            <fn:string key="language"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:if test="exists(tk:project(.))">
            <fn:string key="note"><xsl:value-of select="tk:translation-statement(.)"/></fn:string>
          </xsl:if>
          <xsl:for-each select="tk:source-url(.)">
            <fn:string key="URL"><xsl:value-of select="."/></fn:string>
          </xsl:for-each>
          <xsl:sequence select="tk:csl-date('accessed', $tk:access-date)"/>
        </fn:map>
      </fn:array>
    </xsl:variable>
    <xsl:sequence select="tk:json($item, '')"/>
  </xsl:template>

  <!--
    JSON text for the XML representation of JSON (fn:map, fn:array, fn:string, fn:number, ...),
    keys in document order, two-space indentation; a map or array that fits in 60 characters
    stays on one line.
  -->
  <xsl:function name="tk:json" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="inner" select="$indent || '  '"/>
    <xsl:variable name="flat" select="tk:json-flat($node)"/>
    <xsl:sequence select="
        if (string-length($flat) le 60 or empty($node/*)) then $flat
        else if ($node/self::fn:array)
          then '[&#10;' || string-join($node/* ! ($inner || tk:json(., $inner)), ',&#10;')
               || '&#10;' || $indent || ']'
        else '{&#10;' || string-join($node/* ! ($inner || tk:json-string(@key) || ': ' || tk:json(., $inner)), ',&#10;')
             || '&#10;' || $indent || '}'"/>
  </xsl:function>

  <!-- JSON text on one line. -->
  <xsl:function name="tk:json-flat" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="
        if ($node/self::fn:string) then tk:json-string($node)
        else if ($node/self::fn:number or $node/self::fn:boolean) then normalize-space($node)
        else if ($node/self::fn:null) then 'null'
        else if ($node/self::fn:array) then '[' || string-join($node/* ! tk:json-flat(.), ', ') || ']'
        else '{' || string-join($node/* ! (tk:json-string(@key) || ': ' || tk:json-flat(.)), ', ') || '}'"/>
  </xsl:function>

  <!-- A JSON string literal: quotes, backslashes and control characters escaped. -->
  <xsl:function name="tk:json-string" as="xs:string">
    <xsl:param name="text" as="item()"/>
    <xsl:variable name="named" select="map{'&quot;': '\&quot;', '\': '\\', '&#10;': '\n', '&#13;': '\r', '&#9;': '\t'}"/>
    <xsl:sequence select="'&quot;' || string-join(analyze-string(string($text), '[\\&quot;\p{Cc}]')/*
        ! (if (self::fn:match)
           then ($named(string(.)), '\u' || tk:hex4(string-to-codepoints(.)))[1]
           else string(.))) || '&quot;'"/>
  </xsl:function>

  <xsl:function name="tk:hex4" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="digits" select="'0123456789abcdef'"/>
    <xsl:sequence select="string-join((3, 2, 1, 0) ! substring($digits, ($n idiv xs:integer(math:pow(16, .))) mod 16 + 1, 1))"/>
  </xsl:function>

</xsl:stylesheet>
