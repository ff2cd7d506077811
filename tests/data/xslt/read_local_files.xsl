<?xml version="1.0" encoding="UTF-8"?>
<!--
  Test stylesheet for tei_kit.saxon's URI lock: each `attempt` tries to read a local file
  (`uri`) the way a hostile stylesheet or document-driven lookup would. After the first
  transformation of the process every attempt must fail or return nothing.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:output method="text"/>

  <xsl:param name="attempt" as="xs:string" select="'unparsed-text'"/>
  <xsl:param name="uri" as="xs:string" select="'file:///etc/hostname'"/>

  <xsl:template match="/">
    <xsl:choose>
      <!-- literal URIs, as the brief names them -->
      <xsl:when test="$attempt eq 'unparsed-text-literal'">
        <xsl:value-of select="unparsed-text('file:///etc/hostname')"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'doc-literal'">
        <xsl:value-of select="string(doc('file:///etc/passwd'))"/>
      </xsl:when>
      <!-- the URI from a parameter (as a document-driven attack would supply it) -->
      <xsl:when test="$attempt eq 'unparsed-text'">
        <xsl:value-of select="unparsed-text($uri)"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'unparsed-text-lines'">
        <xsl:value-of select="unparsed-text-lines($uri)"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'doc'">
        <xsl:value-of select="string(doc($uri))"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'document'">
        <xsl:value-of select="string(document($uri))"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'collection'">
        <xsl:value-of select="collection($uri) ! string(.)"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'json-doc'">
        <xsl:value-of select="serialize(json-doc($uri), map{'method': 'json'})"/>
      </xsl:when>
      <xsl:when test="$attempt eq 'available'">
        <xsl:value-of select="if (unparsed-text-available($uri) or doc-available($uri)) then 'READABLE' else ''"/>
      </xsl:when>
      <!-- a URI taken from the input document itself -->
      <xsl:when test="$attempt eq 'from-input'">
        <xsl:value-of select="unparsed-text(string(/*/@href))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
