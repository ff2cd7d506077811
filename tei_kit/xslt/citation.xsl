<?xml version="1.0" encoding="UTF-8"?>
<!--
  The citation view.

  citation-style = '' (default): a standalone HTML5 page with the citation in every style,
    Chicago and MLA as paragraphs, BibTeX, RIS and CSL-JSON in <pre>; each in
    <section id="cite-{style}" data-style="{style}">.
  citation-style = chicago | mla | bibtex | ris | csl-json: that citation alone, as plain text
    ending in one newline.
  The citations themselves are built in common/citations.xsl (one mode per style) from the header
  fields of common/header.xsl.
  Parameters (common/params.xsl): citation-style, access-date, citation-key, css.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:x-tei-kit"
    exclude-result-prefixes="#all">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/header.xsl"/>
  <xsl:include href="common/names-dates.xsl"/>
  <xsl:include href="common/core.xsl"/>
  <xsl:include href="common/citations.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="style" select="normalize-space($citation-style)"/>
    <xsl:if test="not(tei:TEI)">
      <xsl:message terminate="yes" error-code="tk:not-tei"
          select="'the input is not a TEI document (no TEI root element in the TEI namespace)'"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$style eq ''">
        <xsl:apply-templates select="tei:TEI" mode="tk:page"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- tk:cite stops the transformation for an unknown style -->
        <xsl:variable name="text" select="tk:cite(tei:TEI, $style)"/>
        <xsl:result-document method="text" encoding="UTF-8">
          <xsl:value-of select="$text || '&#10;'"/>
        </xsl:result-document>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="tk:page">
    <xsl:variable name="title" select="tk:title(.)"/>
    <html lang="{(tk:language(.), 'en')[1]}">
      <head>
        <xsl:call-template name="tk:page-head">
          <xsl:with-param name="title" select="string-join(('How to cite', $title), ': ')"/>
          <xsl:with-param name="rules" select="$tk:citation-css"/>
        </xsl:call-template>
      </head>
      <body class="tk-citation-page">
        <main>
          <h1>How to cite</h1>
          <xsl:for-each select="$title">
            <p class="tk-cited-title" data-field="title"><xsl:value-of select="."/></p>
          </xsl:for-each>
          <xsl:variable name="tei" select="."/>
          <xsl:for-each select="$tk:citation-styles">
            <xsl:text>&#10;</xsl:text>
            <section id="cite-{.}" class="tk-cite" data-style="{.}">
              <h2><xsl:value-of select="$tk:citation-style-names(.)"/></h2>
              <xsl:choose>
                <xsl:when test=". = ('chicago', 'mla')">
                  <p class="tk-citation"><xsl:value-of select="tk:cite($tei, .)"/></p>
                </xsl:when>
                <xsl:otherwise>
                  <pre class="tk-citation"><code><xsl:value-of select="tk:cite($tei, .)"/></code></pre>
                </xsl:otherwise>
              </xsl:choose>
            </section>
          </xsl:for-each>
          <xsl:text>&#10;</xsl:text>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:variable name="tk:citation-css" as="xs:string">
    <xsl:text>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fdfdfb;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.05em; margin-bottom: .3em; }
.tk-cited-title { font-style: italic; }
.tk-cite { border-top: 1px solid #ddd; padding-top: .3em; }
pre { background: #f4f4f0; padding: .6em .8em; overflow-x: auto; white-space: pre-wrap;
      font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace; }
</xsl:text>
  </xsl:variable>

</xsl:stylesheet>
