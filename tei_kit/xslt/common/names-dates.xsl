<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the entity elements of <text> mean (TEI chapter 13, "Names, Dates, People, and Places").

  persName/placeName/orgName point with @ref="#id" at an entry of the standOff lists; date carries
  its value in @when, @from/@to or @notBefore/@notAfter. These functions say what kind an element
  is, what it refers to, which value it has, and how it is labelled and sorted in an index.
  They decide meaning only; each view decides markup.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:x-tei-kit"
    exclude-result-prefixes="#all">

  <!-- standOff entries (person, place, org, ...) by xml:id -->
  <xsl:key name="tk:entry" match="tei:standOff//*[@xml:id]" use="string(@xml:id)"/>

  <!-- The entity kinds, in the order views list them, and their labels. -->
  <xsl:variable name="tk:entity-kinds" as="xs:string+" select="('person', 'place', 'org', 'date')"/>
  <xsl:variable name="tk:kind-labels" as="map(xs:string, xs:string)"
      select="map{'person': 'Persons', 'place': 'Places', 'org': 'Organisations', 'date': 'Dates'}"/>
  <xsl:variable name="tk:kind-label" as="map(xs:string, xs:string)"
      select="map{'person': 'Person', 'place': 'Place', 'org': 'Organisation', 'date': 'Date'}"/>

  <!-- person | place | org | date for an entity element, else the empty sequence. -->
  <xsl:function name="tk:entity-kind" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="
        if ($el/self::tei:persName) then 'person'
        else if ($el/self::tei:placeName) then 'place'
        else if ($el/self::tei:orgName) then 'org'
        else if ($el/self::tei:date) then 'date'
        else ()"/>
  </xsl:function>

  <!-- True for the entity elements of <text> (not header or standOff names). -->
  <xsl:function name="tk:is-mention" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists(tk:entity-kind($el)) and exists($el/ancestor::tei:text)"/>
  </xsl:function>

  <!-- The entity mentions of a document's <text>, in document order. -->
  <xsl:function name="tk:mentions" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:text//(tei:persName | tei:placeName | tei:orgName | tei:date)"/>
  </xsl:function>

  <!-- The xml:id an entity's @ref points at ("#per-nam-il" -> "per-nam-il"); first pointer only. -->
  <xsl:function name="tk:ref-id" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="first" select="tokenize(normalize-space($el/@ref), ' ')[1]"/>
    <xsl:sequence select="if (starts-with($first, '#') and string-length($first) gt 1)
                          then substring($first, 2) else ()"/>
  </xsl:function>

  <!-- The standOff entry an entity refers to, if the document holds it. -->
  <xsl:function name="tk:entry" as="element()?">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="id" select="tk:ref-id($el)"/>
    <xsl:sequence select="if (exists($id)) then key('tk:entry', $id, root($el))[1] else ()"/>
  </xsl:function>

  <!-- The main name of a standOff entry: the name child with type="main", else the first name. -->
  <xsl:function name="tk:main-name" as="xs:string?">
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="names" select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:name)"/>
    <xsl:sequence select="($names[@type = 'main'], $names)[1] ! normalize-space(.)[. ne '']"/>
  </xsl:function>

  <!-- External identifiers of a standOff entry as "Type value" strings ("geonames 1873107"). -->
  <xsl:function name="tk:external-ids" as="xs:string*">
    <xsl:param name="entry" as="element()?"/>
    <xsl:sequence select="$entry/tei:idno[normalize-space()]
                          ! string-join((@type[normalize-space()] ! tk:idno-label(.), normalize-space(.)), ' ')"/>
  </xsl:function>

  <xsl:function name="tk:idno-label" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:variable name="known" select="map{'geonames': 'GeoNames', 'wikidata': 'Wikidata', 'viaf': 'VIAF',
                                            'gnd': 'GND', 'uri': 'URI', 'url': 'URL'}"/>
    <xsl:sequence select="($known(lower-case(normalize-space($type))), normalize-space($type))[1]"/>
  </xsl:function>

  <!-- The surface form of a mention: its text, whitespace normalised. -->
  <xsl:function name="tk:surface" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="normalize-space($el)"/>
  </xsl:function>

  <!--
    The value of a date: "1957-10-07" (@when), "1957-08-01/1957-08-15" (@from/@to, as an ISO 8601
    interval; an open end stays empty: "1957-08-01/"), the same for @notBefore/@notAfter;
    empty when the date has no normalised value.
  -->
  <xsl:function name="tk:date-value" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="when" select="normalize-space($date/@when)"/>
    <xsl:variable name="from" select="normalize-space(($date/@from, $date/@notBefore)[1])"/>
    <xsl:variable name="to" select="normalize-space(($date/@to, $date/@notAfter)[1])"/>
    <xsl:sequence select="
        if ($when ne '') then $when
        else if ($from ne '' or $to ne '') then $from || '/' || $to
        else ()"/>
  </xsl:function>

  <!-- A key that sorts dates chronologically: the start of the value (ISO strings sort as text). -->
  <xsl:function name="tk:date-sort-key" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="string((tk:date-value($date) ! (if (starts-with(., '/')) then substring(., 2) else .), '')[1])"/>
  </xsl:function>

  <!--
    What groups mentions in an index: the @ref of a name (or its surface form when it has none),
    the value of a date (or its text when it has none).
  -->
  <xsl:function name="tk:index-key" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="
        if ($el/self::tei:date)
        then (tk:date-value($el), 'text:' || tk:surface($el))[1]
        else (tk:ref-id($el) ! ('#' || .), 'text:' || tk:surface($el))[1]"/>
  </xsl:function>

  <!--
    The label of a mention in an index: the standOff main name of a name (its surface when the
    entry is missing), the human form of a date's value (its text when it has none).
  -->
  <xsl:function name="tk:entity-label" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="
        if ($el/self::tei:date)
        then (tk:date-label($el), tk:surface($el))[1]
        else (tk:main-name(tk:entry($el)), tk:surface($el))[1]"/>
  </xsl:function>

  <!-- "October 7, 1957", "August 1, 1957 – August 15, 1957", "after March 1961"; empty without a value. -->
  <xsl:function name="tk:date-label" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="when" select="normalize-space($date/@when)"/>
    <xsl:variable name="from" select="normalize-space(($date/@from, $date/@notBefore)[1])"/>
    <xsl:variable name="to" select="normalize-space(($date/@to, $date/@notAfter)[1])"/>
    <xsl:sequence select="
        if ($when ne '') then tk:format-date($when, 'natural')
        else if ($from ne '' and $to ne '')
          then tk:format-date($from, 'natural') || ' – ' || tk:format-date($to, 'natural')
        else if ($from ne '') then 'from ' || tk:format-date($from, 'natural')
        else if ($to ne '') then 'until ' || tk:format-date($to, 'natural')
        else ()"/>
  </xsl:function>

  <!-- Year, month, day of an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, with or without time). -->
  <xsl:function name="tk:date-parts" as="xs:integer*">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="day-part" select="substring-before(normalize-space($iso) || 'T', 'T')"/>
    <xsl:sequence select="
        if (matches($day-part, '^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$'))
        then tokenize($day-part, '-') ! xs:integer(.)
        else ()"/>
  </xsl:function>

  <xsl:variable name="tk:month-names" as="xs:string+" select="('January', 'February', 'March', 'April',
      'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>
  <xsl:variable name="tk:mla-months" as="xs:string+" select="('Jan.', 'Feb.', 'Mar.', 'Apr.', 'May',
      'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.')"/>

  <!--
    An ISO 8601 date in words. Styles:
      long     "October 07, 1957"  (the archive's "Month DD, YYYY"), "October 1957", "1957"
      natural  "October 7, 1957"
      mla      "7 Oct. 1957", "Oct. 1957", "1957"
      ris      "1957/10/07/", "1957/10//", "1957///"
    A value that is not an ISO date comes back unchanged; an empty one gives the empty sequence.
  -->
  <xsl:function name="tk:format-date" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:param name="style" as="xs:string"/>
    <xsl:variable name="p" select="tk:date-parts($iso)"/>
    <xsl:variable name="y" select="format-number($p[1], '0000')"/>
    <xsl:sequence select="
        if (normalize-space($iso) eq '') then ()
        else if (empty($p)) then normalize-space($iso)
        else if ($style eq 'ris')
          then string-join(($y, $p[2] ! format-number(., '00'), $p[3] ! format-number(., '00')), '/')
               || substring('///', count($p))
        else if ($style eq 'mla')
          then string-join(($p[3] ! string(.), $tk:mla-months[$p[2]], $y), ' ')
        else if ($style eq 'long' and count($p) eq 3)
          then $tk:month-names[$p[2]] || ' ' || format-number($p[3], '00') || ', ' || $y
        else if (count($p) eq 3)
          then $tk:month-names[$p[2]] || ' ' || $p[3] || ', ' || $y
        else string-join(($tk:month-names[$p[2]], $y), ' ')"/>
  </xsl:function>

</xsl:stylesheet>
