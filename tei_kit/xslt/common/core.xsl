<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text structure and the editorial elements of <text> (TEI chapters 3 "Elements Available in
  All TEI Documents" and 4 "Default Text Structure") rendered as HTML that keeps the TEI visible,
  in CETEIcean's spirit: every element becomes an HTML element with class "tei-{name}", and every
  TEI attribute survives as data-tei-{name} (lower case).

  Covered: div (div1-div7), head, p, ab, dateline, opener/closer and other blocks, list/item,
  supplied, gap, unclear, note, lb, pb, hi. Anything else becomes a span that keeps its content.

  Text that the view adds and the TEI does not hold (brackets around supplied text, the gap's
  "[…]", the "?" after an unclear reading, page numbers) is wrapped in class "tk-added", so the
  words of the TEI text can be compared with the page (ENCODING.md section 4, "Nothing lost").

  Whitespace of the TEI text is copied as it is: no xsl:strip-space.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:x-tei-kit"
    exclude-result-prefixes="#all">

  <!-- Elements that hold blocks, not phrases: their children may become HTML blocks. -->
  <xsl:function name="tk:is-container" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/(self::tei:text | self::tei:front | self::tei:body | self::tei:back
        | self::tei:group | self::tei:div | self::tei:div1 | self::tei:div2 | self::tei:div3 | self::tei:div4
        | self::tei:div5 | self::tei:div6 | self::tei:div7 | self::tei:floatingText | self::tei:list
        | self::tei:item | self::tei:opener | self::tei:closer | self::tei:postscript | self::tei:lg))"/>
  </xsl:function>

  <!-- True when an element sits where HTML allows a block: every ancestor inside <text> is a container. -->
  <xsl:function name="tk:in-block-context" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="every $a in $el/ancestor::*[ancestor-or-self::tei:text] satisfies tk:is-container($a)"/>
  </xsl:function>

  <!-- Nesting depth of a division (1 for a div of body). -->
  <xsl:function name="tk:div-depth" as="xs:integer">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="count($el/ancestor-or-self::*[matches(local-name(), '^div\d?$')][ancestor::tei:text])"/>
  </xsl:function>

  <!-- The HTML element for a TEI element: a block where HTML allows one, else span. -->
  <xsl:function name="tk:html-name" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="name" select="local-name($el)"/>
    <xsl:sequence select="
        if (not(tk:in-block-context($el))) then 'span'
        else if ($name = ('p', 'ab', 'dateline', 'byline', 'docAuthor', 'salute', 'signed', 'l')) then 'p'
        else if (matches($name, '^div\d?$') or $name eq 'floatingText') then 'section'
        else if ($name = ('text', 'front', 'body', 'back', 'group')) then 'div'
        else if ($name eq 'head') then 'h' || min((tk:div-depth($el) + 1, 6))
        else if ($name eq 'list') then 'ul'
        else if ($name eq 'item' and $el/parent::tei:list) then 'li'
        else if ($name = ('opener', 'closer', 'postscript', 'lg', 'item', 'fw', 'argument', 'epigraph',
                          'note', 'quote', 'figure', 'table')) then 'div'
        else 'span'"/>
  </xsl:function>

  <!-- The TEI attributes of the context element as data-tei-* attributes (xml:lang also as lang). -->
  <xsl:template name="tk:tei-attributes">
    <xsl:param name="skip" as="xs:string*" select="()"/>
    <xsl:for-each select="@*[not(local-name() = $skip)]">
      <xsl:attribute name="data-tei-{lower-case(local-name())}" select="string(.)"/>
    </xsl:for-each>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- One TEI element as one HTML element with class tei-{name} and its attributes kept. -->
  <xsl:template name="tk:element">
    <xsl:param name="html" as="xs:string" select="tk:html-name(.)"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:param name="content" as="item()*">
      <xsl:apply-templates/>
    </xsl:param>
    <xsl:element name="{$html}">
      <xsl:attribute name="class" select="string-join(('tei-' || local-name(), $class), ' ')"/>
      <xsl:if test="exists($title)">
        <xsl:attribute name="title" select="$title"/>
      </xsl:if>
      <xsl:call-template name="tk:tei-attributes"/>
      <xsl:sequence select="$content"/>
    </xsl:element>
  </xsl:template>

  <!-- Generated text, not in the TEI. -->
  <xsl:template name="tk:added">
    <xsl:param name="text" as="xs:string"/>
    <span class="tk-added">
      <xsl:value-of select="$text"/>
    </span>
  </xsl:template>

  <!-- Structure -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group
                       | tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7
                       | tei:head | tei:p | tei:ab | tei:dateline | tei:opener | tei:closer | tei:postscript
                       | tei:salute | tei:signed | tei:byline | tei:list | tei:item | tei:lg | tei:l
                       | tei:fw | tei:quote | tei:floatingText">
    <xsl:call-template name="tk:element"/>
  </xsl:template>

  <!-- Editorial interventions -->

  <!-- supplied: words the translator or editor added; shown in square brackets. -->
  <xsl:template match="tei:supplied">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="html" select="'span'"/>
      <xsl:with-param name="title" select="string-join(('supplied', @reason ! ('(' || normalize-space(.) || ')')), ' ')"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tk:added"><xsl:with-param name="text" select="'['"/></xsl:call-template>
        <xsl:apply-templates/>
        <xsl:call-template name="tk:added"><xsl:with-param name="text" select="']'"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- unclear: a doubtful reading; marked "?" unless its certainty is high. -->
  <xsl:template match="tei:unclear">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="html" select="'span'"/>
      <xsl:with-param name="title" select="string-join(('unclear reading',
          (@cert ! ('certainty: ' || normalize-space(.)), @reason ! normalize-space(.))), ', ')"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates/>
        <xsl:if test="not(@cert = 'high')">
          <xsl:call-template name="tk:added"><xsl:with-param name="text" select="'?'"/></xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- gap: an omission; shown as […], the reason in the title. -->
  <xsl:template match="tei:gap">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="html" select="'span'"/>
      <xsl:with-param name="title" select="string-join(('gap', @reason ! normalize-space(.)), ': ')"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tk:added"><xsl:with-param name="text" select="'[…]'"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- note: shown where it stands, set off by style; its paragraphs become spans. -->
  <xsl:template match="tei:note">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="html" select="'span'"/>
      <xsl:with-param name="title" select="string-join(('note', @type ! normalize-space(.)), ': ')"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Phrases -->

  <!-- hi: each token of @rend becomes a class rend-{token} (italic, bold, underline, sup, sub, ...). -->
  <xsl:template match="tei:hi">
    <xsl:call-template name="tk:element">
      <xsl:with-param name="html" select="'span'"/>
      <xsl:with-param name="class" select="tokenize(normalize-space(@rend), ' ') ! ('rend-' || replace(., '[^\w-]', ''))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- lb: a line break; no space is added, so break="no" joins words as the TEI does. -->
  <xsl:template match="tei:lb">
    <br class="tei-lb">
      <xsl:call-template name="tk:tei-attributes"/>
    </br>
  </xsl:template>

  <!-- pb: a page break, shown as a marker with its number. -->
  <xsl:template match="tei:pb">
    <span class="tei-pb">
      <xsl:call-template name="tk:tei-attributes"/>
      <xsl:call-template name="tk:added">
        <xsl:with-param name="text" select="'[' || string-join(('p.', @n ! normalize-space(.)), ' ') || ']'"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <!-- Anything else inside <text>: keep it, visibly named, with its content. -->
  <xsl:template match="tei:text//tei:*" priority="-1">
    <xsl:call-template name="tk:element"/>
  </xsl:template>

  <!-- Comments and processing instructions of the TEI are not shown. -->
  <xsl:template match="tei:text//comment() | tei:text//processing-instruction()"/>

  <!-- Page furniture shared by the HTML views -->

  <!-- The <head> children every tei-kit page has: charset, viewport, generator, title, and one
       <style> with the view's own rules followed by the css parameter. No external resource. -->
  <xsl:template name="tk:page-head">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="rules" as="xs:string"/>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="tei-kit"/>
    <title><xsl:value-of select="$title"/></title>
    <style>
      <xsl:value-of select="$rules"/>
      <xsl:if test="normalize-space($css)">
        <xsl:text>&#10;/* css parameter */&#10;</xsl:text>
        <!-- raw text inside <style>: defuse anything that could end the element -->
        <xsl:value-of select="replace($css, '&lt;/', '&lt;\\/')"/>
      </xsl:if>
    </style>
  </xsl:template>

</xsl:stylesheet>
