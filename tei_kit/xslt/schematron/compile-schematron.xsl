<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile-schematron.xsl: ISO Schematron (XPath 2/3 or XSLT 2/3 query binding) -> an XSLT 3.0
  validator whose output is SVRL.

  Run by tei_kit/schematron.py over a schema that it has already checked for unsupported
  features (abstract patterns and rules, sch:include, sch:extends, sch:param); see the
  module's docstring for what is supported. The validator it writes:

    - declares every sch:ns prefix on its xsl:stylesheet, so tests and contexts can use them;
    - copies top-level xsl:key and xsl:function elements of the schema unchanged;
    - turns schema-level sch:let into xsl:param (overridable), and pattern-level and the
      active phase's sch:let into global xsl:variable;
    - gives each active pattern its own mode; each sch:rule becomes one template in that
      mode, with a priority that falls with its position, so the first matching rule of a
      pattern wins (ISO Schematron 6.5). When every rule context of a pattern is a plain
      path (names, wildcards, attributes, / and //, any predicates), the validator selects
      the nodes those paths match and applies the pattern's templates to them only, in
      document order. Otherwise templates go on to the children, so every node meets every
      pattern once; a pattern whose rule contexts can only match elements (no @,
      attribute::, text(), node(), comment(), processing-instruction() or namespace outside
      predicates) then visits elements only. Either way is several times faster than visiting
      every node;
    - in a rule template, turns rule-level sch:let into xsl:variable (in order), then each
      sch:assert into xsl:if test="not(...)" writing svrl:failed-assert and each sch:report
      into xsl:if test="..." writing svrl:successful-report, with @id, @role, @flag, @test
      and @location = path() of the context node (or of @subject); svrl:fired-rule is
      written only before the findings of a rule (a rule that fired without findings leaves
      no trace: the report stays small, and tei-kit reads nothing else from it);
    - writes the message and each referenced sch:diagnostic as svrl:text, evaluating
      sch:value-of and sch:name, keeping the text of sch:emph, sch:dir and sch:span.

  Parameters: phase: the phase to compile ('' = the schema's @defaultPhase, else #ALL);
  target: '3.0' (the default) or '1.0', for a schema with the XPath 1.0 query binding (xslt):
  an XSLT 1.0 validator, run by libxslt (lxml) on the tree tei-kit has already parsed. It
  differs where XSLT 1.0 must: no @as, no xsl:function (EXSLT func:function elements of the
  schema are copied instead, and their prefix made an extension-element prefix), the
  location written by a named template (tk-location) in path()'s form, svrl:fired-rule
  written before each finding, each alternative of a union context selected on its own.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:axsl="http://www.w3.org/1999/XSL/TransformAlias"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tk="urn:x-tei-kit:schematron"
                exclude-result-prefixes="sch xs tk">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <xsl:param name="phase" as="xs:string" select="''"/>
  <xsl:param name="target" as="xs:string" select="'3.0'"/>
  <xsl:variable name="xslt1" as="xs:boolean" select="$target = '1.0'"/>
  <xsl:variable name="exslt-functions" as="xs:string">http://exslt.org/functions</xsl:variable>

  <xsl:variable name="schema" select="/sch:schema"/>
  <xsl:variable name="phase-id" as="xs:string"
                select="if ($phase != '') then $phase
                        else if ($schema/@defaultPhase) then string($schema/@defaultPhase)
                        else '#ALL'"/>
  <xsl:variable name="active-phase" select="$schema/sch:phase[@id = $phase-id]"/>
  <xsl:variable name="active-patterns"
                select="if ($phase-id = '#ALL') then $schema/sch:pattern
                        else $schema/sch:pattern[@id = $active-phase/sch:active/@pattern]"/>

  <!-- A literal attribute value in the validator is an attribute value template: double the braces. -->
  <xsl:function name="tk:avt-literal" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(replace(string($text), '\{', '{{'), '\}', '}}')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:apply-templates select="sch:schema"/>
  </xsl:template>

  <xsl:template match="sch:schema">
    <axsl:stylesheet version="{$target}">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="not($xslt1)">
          <xsl:attribute name="exclude-result-prefixes" select="'#all'"/>
        </xsl:when>
        <xsl:when test="sch:ns">
          <xsl:attribute name="exclude-result-prefixes" select="string-join(sch:ns/@prefix, ' ')"/>
          <xsl:if test="sch:ns[@uri = $exslt-functions]">
            <xsl:attribute name="extension-element-prefixes"
                           select="string-join(sch:ns[@uri = $exslt-functions]/@prefix, ' ')"/>
          </xsl:if>
        </xsl:when>
      </xsl:choose>

      <axsl:output method="xml" indent="no" encoding="UTF-8"/>

      <xsl:copy-of select="if ($xslt1) then xsl:key | *[namespace-uri() = $exslt-functions][local-name() = 'function']
                           else xsl:key | xsl:function" copy-namespaces="yes"/>

      <xsl:for-each select="sch:let">
        <axsl:param name="{@name}">
          <xsl:call-template name="let-body"/>
        </axsl:param>
      </xsl:for-each>
      <xsl:for-each select="$active-phase/sch:let | $active-patterns/sch:let">
        <axsl:variable name="{@name}">
          <xsl:call-template name="let-body"/>
        </axsl:variable>
      </xsl:for-each>

      <axsl:template match="/">
        <svrl:schematron-output phase="{tk:avt-literal($phase-id)}">
          <xsl:if test="sch:title">
            <xsl:attribute name="title" select="tk:avt-literal(normalize-space(sch:title))"/>
          </xsl:if>
          <xsl:if test="@schemaVersion">
            <xsl:attribute name="schemaVersion" select="tk:avt-literal(@schemaVersion)"/>
          </xsl:if>
          <xsl:for-each select="sch:ns">
            <svrl:ns-prefix-in-attribute-values prefix="{tk:avt-literal(@prefix)}"
                                                uri="{tk:avt-literal(@uri)}"/>
          </xsl:for-each>
          <xsl:for-each select="$active-patterns">
            <svrl:active-pattern>
              <xsl:if test="@id">
                <xsl:attribute name="id" select="tk:avt-literal(@id)"/>
              </xsl:if>
              <xsl:if test="sch:title">
                <xsl:attribute name="name" select="tk:avt-literal(normalize-space(sch:title))"/>
              </xsl:if>
            </svrl:active-pattern>
            <axsl:apply-templates mode="{tk:mode(.)}">
              <xsl:attribute name="select" select="(tk:candidates(.), '.')[1]"/>
            </axsl:apply-templates>
          </xsl:for-each>
        </svrl:schematron-output>
      </axsl:template>

      <xsl:apply-templates select="$active-patterns"/>
      <xsl:if test="$xslt1">
        <xsl:call-template name="location-template"/>
      </xsl:if>
    </axsl:stylesheet>
  </xsl:template>

  <!-- String literals of an XPath expression (removed before looking at its shape). -->
  <xsl:variable name="literals" as="xs:string">"[^"]*"|'[^']*'</xsl:variable>

  <!-- A plain path: name tests, wildcards and attributes, with / and // between them. -->
  <xsl:variable name="plain-path" as="xs:string"
                select="'^(//?)?@?(\*|[A-Za-z_][\w.\-]*)(:(\*|[A-Za-z_][\w.\-]*))?(//?@?(\*|[A-Za-z_][\w.\-]*)(:(\*|[A-Za-z_][\w.\-]*))?)*$'"/>

  <!-- The nodes a pattern's templates go on to: elements only, unless a rule context may
       match another kind of node (looked for outside predicates and string literals). -->
  <xsl:function name="tk:children" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:variable name="other-nodes"
                  select="'@|attribute::|text\(|node\(|comment\(|processing-instruction\(|namespace'"/>
    <xsl:sequence select="if (some $c in $pattern/sch:rule/@context
                                satisfies matches(tk:strip-predicates(replace($c, $literals, '')), $other-nodes))
                          then '@* | node()' else '*'"/>
  </xsl:function>

  <!-- An expression selecting, in document order, every node that some rule of the pattern
       may match, when each rule context is a plain path (or a union of relative ones): the
       validator then applies templates to those nodes only, instead of walking the whole
       document; the template priorities still make the first matching rule win. Empty when
       some context is not plain: the pattern walks the document. -->
  <xsl:function name="tk:candidates" as="xs:string?">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:variable name="selects" as="xs:string*">
      <xsl:for-each select="$pattern/sch:rule/@context">
        <xsl:variable name="context" select="normalize-space(.)"/>
        <xsl:variable name="shape" select="replace(tk:strip-predicates(replace($context, $literals, '')), '\s+', '')"/>
        <xsl:variable name="alternatives" select="tokenize($shape, '\|')"/>
        <xsl:sequence select="if (not(every $a in $alternatives satisfies matches($a, $plain-path))) then '#walk'
                              else if (count($alternatives) = 1)
                                then (if (starts-with($shape, '/')) then $context else '//' || $context)
                              else if (some $a in $alternatives satisfies starts-with($a, '/')) then '#walk'
                              else if (not($xslt1)) then '//(' || $context || ')'
                              else if (count(tk:split-union($context)) = count($alternatives))
                                then string-join(for $a in tk:split-union($context) return '//' || normalize-space($a), ' | ')
                              else '#walk'"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if (empty($selects) or $selects = '#walk') then () else string-join($selects, ' | ')"/>
  </xsl:function>

  <!-- The alternatives of a union, split at each | outside predicates, parentheses and
       string literals (XSLT 1.0 has no //(a | b) to select them at once). -->
  <xsl:function name="tk:split-union" as="xs:string*">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="chars" select="string-to-codepoints($s)"/>
    <xsl:iterate select="1 to count($chars)">
      <xsl:param name="depth" as="xs:integer" select="0"/>
      <xsl:param name="quote" as="xs:integer" select="0"/>
      <xsl:param name="start" as="xs:integer" select="1"/>
      <xsl:param name="parts" as="xs:string*" select="()"/>
      <xsl:on-completion select="$parts, substring($s, $start)"/>
      <xsl:variable name="i" select="."/>
      <xsl:variable name="c" select="$chars[$i]"/>
      <xsl:choose>
        <xsl:when test="$quote != 0">
          <xsl:next-iteration>
            <xsl:with-param name="quote" select="if ($c = $quote) then 0 else $quote"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = (34, 39)">
          <xsl:next-iteration>
            <xsl:with-param name="quote" select="$c"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = (40, 91)">
          <xsl:next-iteration>
            <xsl:with-param name="depth" select="$depth + 1"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = (41, 93)">
          <xsl:next-iteration>
            <xsl:with-param name="depth" select="$depth - 1"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="$c = 124 and $depth = 0">
          <xsl:next-iteration>
            <xsl:with-param name="start" select="$i + 1"/>
            <xsl:with-param name="parts" select="$parts, substring($s, $start, $i - $start)"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="tk:strip-predicates" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="t" select="replace($s, '\[[^\[\]]*\]', '')"/>
    <xsl:sequence select="if ($t = $s) then $s else tk:strip-predicates($t)"/>
  </xsl:function>

  <xsl:function name="tk:mode" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'tk-pattern-' || count($pattern/preceding-sibling::sch:pattern) + 1"/>
  </xsl:function>

  <!-- sch:let: @value, or (ISO 2020) the element's content as a constructed value -->
  <xsl:template name="let-body">
    <xsl:if test="@as and not($xslt1)">
      <xsl:attribute name="as" select="@as"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@value">
        <xsl:attribute name="select" select="@value"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:copy-of select="node()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A pattern: one mode. Walking the document: a default template that goes on to the
       children, and rule templates that do too. With candidates: rule templates only. -->
  <xsl:template match="sch:pattern">
    <xsl:variable name="mode" select="tk:mode(.)"/>
    <xsl:variable name="children" select="if (exists(tk:candidates(.))) then '' else tk:children(.)"/>
    <xsl:if test="$children">
      <axsl:template match="{if ($xslt1) then '/' else 'document-node()'} | node() | @*" mode="{$mode}" priority="-1">
        <axsl:apply-templates select="{$children}" mode="{$mode}"/>
      </axsl:template>
    </xsl:if>
    <xsl:apply-templates select="sch:rule">
      <xsl:with-param name="mode" select="$mode"/>
      <xsl:with-param name="children" select="$children"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="sch:rule">
    <xsl:param name="mode" as="xs:string"/>
    <xsl:param name="children" as="xs:string"/>
    <axsl:template mode="{$mode}" priority="{count(following-sibling::sch:rule) + 1}">
      <xsl:attribute name="match" select="@context"/>
      <xsl:for-each select="sch:let">
        <axsl:variable name="{@name}">
          <xsl:call-template name="let-body"/>
        </axsl:variable>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$xslt1">
          <xsl:apply-templates select="sch:assert | sch:report"/>
        </xsl:when>
        <xsl:otherwise>
          <axsl:variable name="Q{{urn:x-tei-kit:schematron}}findings" as="element()*">
            <xsl:apply-templates select="sch:assert | sch:report"/>
          </axsl:variable>
          <axsl:if test="exists($Q{{urn:x-tei-kit:schematron}}findings)">
            <xsl:call-template name="fired-rule"/>
            <axsl:sequence select="$Q{{urn:x-tei-kit:schematron}}findings"/>
          </axsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$children">
        <axsl:apply-templates select="{$children}" mode="{$mode}"/>
      </xsl:if>
    </axsl:template>
  </xsl:template>

  <xsl:template name="fired-rule">
    <svrl:fired-rule context="{tk:avt-literal(@context)}">
      <xsl:for-each select="@id, @role, @flag">
        <xsl:attribute name="{local-name()}" select="tk:avt-literal(.)"/>
      </xsl:for-each>
    </svrl:fired-rule>
  </xsl:template>

  <xsl:template match="sch:assert | sch:report">
    <axsl:if>
      <xsl:attribute name="test"
                     select="if (self::sch:assert) then 'not(' || @test || ')' else string(@test)"/>
      <xsl:if test="$xslt1">
        <xsl:for-each select="..">
          <xsl:call-template name="fired-rule"/>
        </xsl:for-each>
      </xsl:if>
      <xsl:element name="{if (self::sch:assert) then 'svrl:failed-assert' else 'svrl:successful-report'}"
                   namespace="http://purl.oclc.org/dsdl/svrl">
        <xsl:attribute name="test" select="tk:avt-literal(@test)"/>
        <xsl:for-each select="@id, @role, @flag">
          <xsl:attribute name="{local-name()}" select="tk:avt-literal(.)"/>
        </xsl:for-each>
        <xsl:variable name="subject" select="(@subject, ../@subject)[1]"/>
        <axsl:attribute name="location">
          <xsl:choose>
            <xsl:when test="not($xslt1)">
              <xsl:attribute name="select"
                             select="if ($subject) then 'path((' || $subject || ')[1])' else 'path()'"/>
            </xsl:when>
            <xsl:when test="$subject">
              <axsl:for-each select="({$subject})[1]">
                <axsl:call-template name="tk-location"/>
              </axsl:for-each>
            </xsl:when>
            <xsl:otherwise>
              <axsl:call-template name="tk-location"/>
            </xsl:otherwise>
          </xsl:choose>
        </axsl:attribute>
        <svrl:text>
          <xsl:apply-templates select="node()" mode="message"/>
        </svrl:text>
        <xsl:for-each select="tokenize(normalize-space(@diagnostics), ' ')">
          <xsl:variable name="diagnostic" select="$schema/sch:diagnostics/sch:diagnostic[@id = current()]"/>
          <svrl:diagnostic-reference diagnostic="{tk:avt-literal(.)}">
            <svrl:text>
              <xsl:apply-templates select="$diagnostic/node()" mode="message"/>
            </svrl:text>
          </svrl:diagnostic-reference>
        </xsl:for-each>
      </xsl:element>
    </axsl:if>
  </xsl:template>

  <!-- XSLT 1.0 has no path(): this named template writes the same form,
       /Q{uri}local[n]/.../@Q{uri}local (or /text()[n] and the like), for the context node. -->
  <xsl:template name="location-template">
    <axsl:template name="tk-location">
      <axsl:for-each select="ancestor-or-self::*">
        <axsl:text>/Q{</axsl:text>
        <axsl:value-of select="namespace-uri()"/>
        <axsl:text>}</axsl:text>
        <axsl:value-of select="local-name()"/>
        <axsl:text>[</axsl:text>
        <axsl:value-of select="count(preceding-sibling::*[local-name() = local-name(current())
                                     and namespace-uri() = namespace-uri(current())]) + 1"/>
        <axsl:text>]</axsl:text>
      </axsl:for-each>
      <axsl:choose>
        <axsl:when test="not(..)">/</axsl:when>
        <axsl:when test="count(. | ../@*) = count(../@*)">
          <axsl:text>/@</axsl:text>
          <axsl:if test="namespace-uri()">
            <axsl:text>Q{</axsl:text>
            <axsl:value-of select="namespace-uri()"/>
            <axsl:text>}</axsl:text>
          </axsl:if>
          <axsl:value-of select="local-name()"/>
        </axsl:when>
        <axsl:when test="self::text()">
          <axsl:text>/text()[</axsl:text>
          <axsl:value-of select="count(preceding-sibling::text()) + 1"/>
          <axsl:text>]</axsl:text>
        </axsl:when>
        <axsl:when test="self::comment()">
          <axsl:text>/comment()[</axsl:text>
          <axsl:value-of select="count(preceding-sibling::comment()) + 1"/>
          <axsl:text>]</axsl:text>
        </axsl:when>
        <axsl:when test="self::processing-instruction()">
          <axsl:text>/processing-instruction(</axsl:text>
          <axsl:value-of select="name()"/>
          <axsl:text>)[</axsl:text>
          <axsl:value-of select="count(preceding-sibling::processing-instruction()) + 1"/>
          <axsl:text>]</axsl:text>
        </axsl:when>
      </axsl:choose>
    </axsl:template>
  </xsl:template>

  <!-- ============================================================ message content -->

  <xsl:template match="text()" mode="message">
    <axsl:text>
      <xsl:value-of select="."/>
    </axsl:text>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of>
      <xsl:attribute name="select" select="@select"/>
    </axsl:value-of>
  </xsl:template>

  <xsl:template match="sch:name" mode="message">
    <axsl:value-of>
      <xsl:attribute name="select" select="if (@path) then 'name(' || @path || ')' else 'name()'"/>
    </axsl:value-of>
  </xsl:template>

  <!-- sch:emph, sch:dir, sch:span and foreign elements: their text, without the markup -->
  <xsl:template match="*" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="message"/>

</xsl:stylesheet>
