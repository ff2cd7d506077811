<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every parameter of tei-kit's view stylesheets, in one place.

  All parameters are strings (tei_kit.saxon passes xs:string values); an empty string means
  "not given". Entry stylesheets include this file; the Python API (tei_kit.views) sets them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!--
    citation-style (citation.xsl): which citation to write.
      ''        (default) an HTML page with every style below;
      chicago   one line of plain text, Chicago notes-bibliography, archive style:
                "Title," Month DD, YYYY, Archive, Repository Signature. Translated for Project by Translator.
      mla       one line of plain text, MLA 9;
      bibtex    one @misc entry;
      ris       one RIS record (TY first, ER last);
      csl-json  a one-item CSL-JSON array.
    Plain-text results end with one newline. Any other value stops the transformation.
  -->
  <xsl:param name="citation-style" as="xs:string" select="''"/>

  <!--
    access-date (citation.xsl, and the "Cite as" line of reading.xsl): the day the source was
    consulted, ISO 8601 (YYYY-MM-DD). When given, Chicago and MLA end with "Accessed ...", RIS gets
    Y2, CSL-JSON gets "accessed", BibTeX gets urldate. Default: none (the citation then equals the
    archive's own citation line).
  -->
  <xsl:param name="access-date" as="xs:string" select="''"/>

  <!--
    citation-key (citation.xsl): the BibTeX key and the CSL-JSON "id". Default: computed from the
    author's family name, the year and the first significant word of the title, lower-case ASCII
    (puzanov1957journal; without an author: notes1961); "document" when none of these is known.
  -->
  <xsl:param name="citation-key" as="xs:string" select="''"/>

  <!--
    css (reading.xsl, citation.xsl): extra CSS rules, appended inside the page's own <style>
    element after the built-in rules, so they win. CSS text only: the page stays standalone
    (a "</" sequence is defused so the text cannot close the <style> element).
  -->
  <xsl:param name="css" as="xs:string" select="''"/>

  <!--
    show-index (reading.xsl): 'yes' (default) writes the index of persons, places, organisations
    and dates after the text; 'no' leaves it out.
  -->
  <xsl:param name="show-index" as="xs:string" select="'yes'"/>

</xsl:stylesheet>
