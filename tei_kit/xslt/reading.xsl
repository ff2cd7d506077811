<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading view: one standalone HTML5 page (inline CSS, no script, no external resource).

    header   title, author, date, archive, signature, translation, funding, summary
    legend   what the colours and marks mean
    main     the TEI <text>, structure kept (core.xsl); every persName, placeName, orgName and date
             becomes <span class="entity entity-{kind}" data-type="{kind}" id="{kind}-{n}"> with
             data-ref (names) or data-when / data-from / data-to / data-not-before / data-not-after
             (dates); other TEI attributes as data-tei-*
    index    persons, places and organisations grouped by @ref and labelled with the standOff main
             name, dates grouped by value and sorted by it; each entry links to its occurrences
    footer   the Chicago citation ("Cite as")

  Text the view adds (brackets, […], ?) carries class "tk-added"; without it, the words of <main>
  are the words of the TEI <text>, in order.
  Parameters (common/params.xsl): css, show-index, access-date.
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

  <xsl:variable name="tk:nl" as="xs:string" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:if test="not(tei:TEI)">
      <xsl:message terminate="yes" error-code="tk:not-tei"
          select="'the input is not a TEI document (no TEI root element in the TEI namespace)'"/>
    </xsl:if>
    <xsl:apply-templates select="tei:TEI" mode="tk:page"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="tk:page">
    <xsl:variable name="mentions" select="tk:mentions(.)"/>
    <!-- one id per mention, by kind and position: person-1, place-3, date-2 -->
    <xsl:variable name="ids" as="map(xs:string, xs:string)">
      <xsl:map>
        <xsl:for-each-group select="$mentions" group-by="tk:entity-kind(.)">
          <xsl:for-each select="current-group()">
            <xsl:map-entry key="generate-id(.)" select="current-grouping-key() || '-' || position()"/>
          </xsl:for-each>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="title" select="(tk:title(.), 'Untitled TEI document')[1]"/>
    <html lang="{(tk:language(.), 'en')[1]}">
      <head>
        <xsl:call-template name="tk:page-head">
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="rules" select="$tk:reading-css"/>
        </xsl:call-template>
      </head>
      <body class="tk-reading">
        <xsl:value-of select="$tk:nl"/>
        <xsl:apply-templates select="tei:teiHeader" mode="tk:header"/>
        <xsl:value-of select="$tk:nl"/>
        <xsl:call-template name="tk:legend"/>
        <xsl:value-of select="$tk:nl"/>
        <main class="tk-text" data-tei="text">
          <xsl:apply-templates select="tei:text">
            <xsl:with-param name="ids" select="$ids" tunnel="yes"/>
          </xsl:apply-templates>
        </main>
        <xsl:value-of select="$tk:nl"/>
        <xsl:if test="$show-index ne 'no' and exists($mentions)">
          <xsl:call-template name="tk:index">
            <xsl:with-param name="mentions" select="$mentions"/>
            <xsl:with-param name="ids" select="$ids"/>
          </xsl:call-template>
          <xsl:value-of select="$tk:nl"/>
        </xsl:if>
        <footer class="tk-footer">
          <p class="tk-cite-as"><span class="tk-label">Cite as: </span>
            <span class="tk-citation" data-style="chicago"><xsl:value-of select="tk:cite(., 'chicago')"/></span>
          </p>
          <p class="tk-made">Reading view made by tei-kit from TEI P5.</p>
        </footer>
        <xsl:value-of select="$tk:nl"/>
      </body>
    </html>
  </xsl:template>

  <!-- Header block -->

  <xsl:template match="tei:teiHeader" mode="tk:header">
    <header class="tk-header" data-tei="teiHeader">
      <h1 class="tk-title" data-field="title"><xsl:value-of select="(tk:title(.), 'Untitled TEI document')[1]"/></h1>
      <xsl:variable name="fields" as="element()*">
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="field" select="'author'"/>
          <xsl:with-param name="value" select="tk:and-list(tk:authors(.))"/>
        </xsl:call-template>
        <xsl:if test="exists(tk:date-long(.))">
          <dt>Date</dt>
          <dd data-field="date">
            <xsl:choose>
              <xsl:when test="exists(tk:date-parts(tk:date-iso(.)))">
                <time datetime="{tk:date-iso(.)}"><xsl:value-of select="tk:date-long(.)"/></time>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="tk:date-long(.)"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:if>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="field" select="'archive'"/>
          <xsl:with-param name="value" select="tk:archive(.)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="'Signature'"/>
          <xsl:with-param name="field" select="'signature'"/>
          <xsl:with-param name="value" select="tk:archive-location(.)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="'Translation'"/>
          <xsl:with-param name="field" select="'translation'"/>
          <xsl:with-param name="value" select="tk:translation-statement(.)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="'Funding'"/>
          <xsl:with-param name="field" select="'funders'"/>
          <xsl:with-param name="value" select="tk:and-list(tk:funders(.))"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="exists($fields)">
        <dl class="tk-fields"><xsl:sequence select="$fields"/></dl>
      </xsl:if>
      <xsl:for-each select="tk:summary(.)">
        <section class="tk-summary" data-field="summary">
          <h2>Summary</h2>
          <p><xsl:value-of select="."/></p>
        </section>
      </xsl:for-each>
    </header>
  </xsl:template>

  <!-- dt/dd for a field that has a value; nothing otherwise. -->
  <xsl:template name="tk:field">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="field" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:if test="exists($value)">
      <dt><xsl:value-of select="$label"/></dt>
      <dd data-field="{$field}"><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <!-- Legend: the same classes as the text, without data-type, so it is not taken for a mention. -->
  <xsl:template name="tk:legend">
    <aside class="tk-legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul>
        <xsl:for-each select="$tk:entity-kinds">
          <li><span class="entity entity-{.}"><xsl:value-of select="$tk:kind-label(.)"/></span></li>
        </xsl:for-each>
        <li><span class="tei-supplied"><span class="tk-added">[</span>supplied<span class="tk-added">]</span></span></li>
        <li><span class="tei-unclear">unclear<span class="tk-added">?</span></span></li>
        <li><span class="tei-gap"><span class="tk-added">[…]</span></span> omitted or illegible</li>
        <li><span class="tei-note">note</span></li>
      </ul>
    </aside>
  </xsl:template>

  <!-- Mentions -->

  <xsl:template match="tei:text//tei:persName | tei:text//tei:placeName | tei:text//tei:orgName | tei:text//tei:date"
                priority="2">
    <xsl:param name="ids" as="map(xs:string, xs:string)" tunnel="yes"/>
    <xsl:variable name="kind" select="tk:entity-kind(.)"/>
    <span id="{$ids(generate-id(.))}" class="tei-{local-name()} entity entity-{$kind}" data-type="{$kind}"
          title="{$tk:kind-label($kind)}: {tk:entity-label(.)}">
      <xsl:for-each select="@ref"><xsl:attribute name="data-ref" select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="@when"><xsl:attribute name="data-when" select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="@from"><xsl:attribute name="data-from" select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="@to"><xsl:attribute name="data-to" select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="@notBefore"><xsl:attribute name="data-not-before" select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="@notAfter"><xsl:attribute name="data-not-after" select="normalize-space(.)"/></xsl:for-each>
      <xsl:call-template name="tk:tei-attributes">
        <xsl:with-param name="skip" select="('ref', 'when', 'from', 'to', 'notBefore', 'notAfter')"/>
      </xsl:call-template>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Index -->

  <xsl:template name="tk:index">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:param name="ids" as="map(xs:string, xs:string)"/>
    <section class="tk-index" id="index">
      <h2>Index</h2>
      <xsl:for-each select="$tk:entity-kinds">
        <xsl:variable name="kind" select="."/>
        <xsl:variable name="of-kind" select="$mentions[tk:entity-kind(.) eq $kind]"/>
        <xsl:if test="exists($of-kind)">
          <section class="tk-index-{$kind}" id="index-{$kind}">
            <h3><xsl:value-of select="$tk:kind-labels($kind)"/></h3>
            <ul>
              <xsl:for-each-group select="$of-kind" group-by="tk:index-key(.)">
                <xsl:sort select="if ($kind eq 'date') then tk:date-sort-key(.) else ''"/>
                <xsl:sort select="lower-case(tk:entity-label(.))" lang="en"/>
                <xsl:call-template name="tk:index-entry">
                  <xsl:with-param name="kind" select="$kind"/>
                  <xsl:with-param name="group" select="current-group()"/>
                  <xsl:with-param name="key" select="current-grouping-key()"/>
                  <xsl:with-param name="ids" select="$ids"/>
                </xsl:call-template>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="tk:index-entry">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="group" as="element()+"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="ids" as="map(xs:string, xs:string)"/>
    <xsl:variable name="first" select="$group[1]"/>
    <xsl:variable name="label" select="tk:entity-label($first)"/>
    <xsl:variable name="entry" select="if ($kind eq 'date') then () else tk:entry($first)"/>
    <xsl:variable name="forms" select="distinct-values($group ! tk:surface(.))[. ne $label]"/>
    <xsl:value-of select="$tk:nl"/>
    <li class="tk-index-entry" data-index-type="{$kind}" data-index-key="{$key}">
      <span class="tk-index-label entity-{$kind}"><xsl:value-of select="$label"/></span>
      <xsl:if test="exists($forms)">
        <span class="tk-index-forms"><xsl:value-of select="' (as: ' || string-join($forms, '; ') || ')'"/></span>
      </xsl:if>
      <xsl:for-each select="tk:external-ids($entry)[1]">
        <span class="tk-index-ids"><xsl:value-of select="' [' || string-join(tk:external-ids($entry), '; ') || ']'"/></span>
      </xsl:for-each>
      <xsl:if test="$kind ne 'date' and empty($entry)">
        <span class="tk-index-note"><xsl:value-of select="if ($first/@ref) then ' (no authority entry)' else ' (no reference)'"/></span>
      </xsl:if>
      <xsl:text>: </xsl:text>
      <span class="tk-index-links">
        <xsl:for-each select="$group">
          <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
          <a href="#{$ids(generate-id(.))}" title="{tk:surface(.)}"><xsl:value-of select="position()"/></a>
        </xsl:for-each>
      </span>
    </li>
  </xsl:template>

  <!-- Style -->

  <xsl:variable name="tk:reading-css" as="xs:string">
    <xsl:text>
:root { --person: #1d4f91; --person-bg: #e3eefb; --place: #1b6b35; --place-bg: #e2f4e7;
        --org: #8a4b00; --org-bg: #fcefd9; --date: #6b2f8f; --date-bg: #f2e6f9; }
body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fdfdfb;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; line-height: 1.3; }
h2 { font-size: 1.15em; } h3 { font-size: 1em; }
.tk-header { border-bottom: 1px solid #ccc; margin-bottom: 1em; }
.tk-fields { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0 0 1em; }
.tk-fields dt { font-weight: bold; } .tk-fields dd { margin: 0; }
.tk-summary { font-style: italic; }
.tk-legend { font: 14px/1.4 system-ui, sans-serif; background: #f4f4f0; padding: .3em .8em; border-radius: 4px; }
.tk-legend h2 { display: inline; font-size: 1em; margin-right: 1em; }
.tk-legend ul { display: inline; padding: 0; } .tk-legend li { display: inline; margin-right: 1em; }
.entity { border-bottom: 2px solid; border-radius: 2px; padding: 0 .1em; }
.entity-person { color: var(--person); background: var(--person-bg); }
.entity-place { color: var(--place); background: var(--place-bg); }
.entity-org { color: var(--org); background: var(--org-bg); }
.entity-date { color: var(--date); background: var(--date-bg); }
.entity:target { outline: 2px solid #d33; }
.entity .entity { border-bottom-style: dotted; }
.tei-supplied { font-style: italic; } .tei-supplied > .tk-added { color: #777; font-style: normal; }
.tei-unclear { text-decoration: underline dotted; background: #eee; }
.tei-unclear > .tk-added { vertical-align: super; font-size: .75em; color: #a00; }
.tei-gap { color: #a00; }
.tei-note { display: block; font-size: .9em; background: #fff8dc; border-left: 3px solid #d8b54a;
            padding: .2em .6em; margin: .4em 0; }
.tei-dateline { font-weight: bold; }
span.tei-p, span.tei-ab, span.tei-head, span.tei-list, span.tei-item { display: block; }
.tei-head { font-weight: bold; }
.tei-pb .tk-added { color: #888; font-size: .8em; }
.rend-italic, .rend-i { font-style: italic; } .rend-bold, .rend-b { font-weight: bold; }
.rend-underline, .rend-u { text-decoration: underline; }
.rend-sup, .rend-superscript { vertical-align: super; font-size: .8em; }
.rend-sub, .rend-subscript { vertical-align: sub; font-size: .8em; }
.rend-smallcaps, .rend-small-caps { font-variant: small-caps; } .rend-caps, .rend-uppercase { text-transform: uppercase; }
.rend-strikethrough, .rend-strike { text-decoration: line-through; }
.tk-index { border-top: 1px solid #ccc; margin-top: 2em; font-size: .95em; }
.tk-index ul { padding-left: 1.2em; }
.tk-index-forms, .tk-index-ids, .tk-index-note { color: #555; }
.tk-footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .9em; color: #444; }
@media print { .tk-legend { display: none; } .entity { background: none; } }
</xsl:text>
  </xsl:variable>

</xsl:stylesheet>
