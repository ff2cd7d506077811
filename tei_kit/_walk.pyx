# cython: language_level=3, boundscheck=False, wraparound=False
"""The walk of :class:`tei_kit.relaxng._Run`, in C: the same steps, read from libxml2's nodes.

``_Run.element`` (pure Python) is the reference; this module does what it does without an
lxml proxy per element: tags, attributes and text are read from the libxml2 tree behind
the lxml document (through lxml's public C API, ``etreepublic.pxd``), and the memo tables
of the grammar are read as Python dicts. Everything the memo tables do not hold (a
derivative not seen yet, an error message) is left to the Python code of
:mod:`tei_kit.relaxng`. No libxml2 function is called: lxml links libxml2 privately, so
only the fields of its structs are read.

Built by ``hatch_build.py`` when a C compiler is there; :mod:`tei_kit.relaxng` falls back
on the Python walk when it is not, and checks at import that both walks agree.
"""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree
from lxml.includes.tree cimport const_xmlChar, xmlAttr, xmlNode

cetree.import_lxml__etree()

#: The version of lxml whose headers this module was compiled with.
BUILT_FOR_LXML = cetree.LXML_VERSION_STRING.decode("ascii")

cdef str _XML_WS = " \t\n\r"
cdef int _NA = 1  # relaxng._NA, the id of NotAllowed


cdef inline str _text_of(const_xmlChar* s):
    return PyUnicode_DecodeUTF8(<const char*>s, strlen(<const char*>s), NULL)


cdef inline str _name(xmlNode* c):
    """lxml's name of an element or attribute: ``{namespace}local`` or ``local``."""
    cdef tree.xmlNs* ns = c.ns
    if ns is NULL or ns.href is NULL:
        return _text_of(c.name)
    return "{" + _text_of(ns.href) + "}" + _text_of(c.name)


cdef str _value(xmlAttr* a):
    """lxml's value of an attribute."""
    cdef xmlNode* t = a.children
    if t is NULL:
        return ""
    if t.next is NULL and t.content is not NULL:
        return _text_of(t.content)
    value = ""  # several nodes (lxml would join them): join their text
    while t is not NULL:
        if t.content is not NULL:
            value += _text_of(t.content)
        t = t.next
    return value


cdef tuple _items(xmlNode* c):
    """lxml's ``el.items()``, as a tuple: (name, value) in document order."""
    cdef xmlAttr* a = c.properties
    cdef list out = []
    while a is not NULL:
        out.append((_name(<xmlNode*>a), _value(a)))
        a = a.next
    return tuple(out)


cdef const char* _XML_NS = b"http://www.w3.org/XML/1998/namespace"


def first_xml_ids(cetree._Element root):
    """``(id, line, element)`` of the first element of each xml:id (stripped) in the
    subtree of ``root``, in document order: what ``corpus_rules.id_uses`` reads with XPath
    ``//@xml:id/..``, without an lxml proxy for the elements that have none."""
    cdef cetree._Document doc = root._doc
    cdef xmlNode* top = root._c_node
    cdef xmlNode* c = top
    cdef xmlAttr* a
    cdef list out = []
    cdef set seen = set()
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE:
            a = c.properties
            while a is not NULL:
                if (a.ns is not NULL and a.ns.href is not NULL and strcmp(<const char*>a.name, b"id") == 0
                        and strcmp(<const char*>a.ns.href, _XML_NS) == 0):
                    value = _value(a).strip()
                    if value not in seen:
                        seen.add(value)
                        element = cetree.elementFactory(doc, c)
                        out.append((value, element.sourceline or 0, element))
                    break
                a = a.next
            if c.children is not NULL:
                c = c.children
                continue
        if c == top:
            break
        while c.next is NULL:
            c = c.parent
            if c == top or c is NULL:
                return out
        c = c.next
    return out


cdef bint _is_text(xmlNode* c):
    return c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE


cdef class Walker:
    """Walks one document for a ``relaxng._Run``: ``Walker(run).walk(p, root)`` is
    ``run.element(p, root, root.tag)``."""

    cdef object run, g, remember
    cdef list errors
    cdef dict start_tags, leaves, ends, ids, texts, sensitive
    cdef cetree._Document doc

    def __init__(self, run):
        from .relaxng import _remember

        self.run = run
        self.remember = _remember  # the Python walk's memo store (only on a miss)
        self.g = run.g
        self.errors = run.errors
        self.ids = run.ids
        self.start_tags = run.start_tags
        self.leaves = run.leaves
        self.ends = run.ends
        self.texts = self.g._text  # Grammar.text's memo: (pattern, text or None) -> pattern
        self.sensitive = self.g._sensitive

    def walk(self, int p, cetree._Element root):
        """The pattern after ``root`` (and its subtree) in pattern ``p``."""
        self.doc = root._doc
        try:
            return self.element(p, root._c_node)
        finally:
            self.doc = None

    cdef int line(self, xmlNode* c):
        """lxml's ``sourceline`` (or 0): libxml2 keeps lines past 65534 elsewhere."""
        if c.line < 65535:
            return c.line
        return cetree.elementFactory(self.doc, c).sourceline or 0

    cdef int element(self, int p, xmlNode* c) except? -2:
        cdef str tag = _name(c)
        cdef tuple items = _items(c)
        cdef tuple key = (p, tag, items)
        found = self.start_tags.get(key)
        if found is None:
            found = self.remember(self.start_tags, key, self.g.start_tag(p, tag, items))
        cdef tuple f = <tuple>found
        cdef bint sensitive = f[3]
        if f[1]:
            self.report(c, f[1])
            if f[0] is None:  # the element is not allowed here: skip it
                return p
        cdef int q = f[0]
        if f[2]:
            self.remember_ids(items, f[2], self.line(c))
        cdef xmlNode* child = c.children
        cdef object text = None
        cdef bint leaf = True
        while child is not NULL:
            if _is_text(child):  # comments and processing instructions are left out of the text
                if child.content is not NULL and child.content[0] != 0:
                    s = _text_of(child.content)
                    text = s if text is None else text + s
            elif child.type == tree.XML_ELEMENT_NODE:
                leaf = False
                if text is not None:
                    if (<str>text).strip(_XML_WS):
                        q = self.text(q, text, tag, child)
                    text = None
                q = self.element(q, child)
            child = child.next
        if leaf:  # text only: one memo for the text and the end tag
            if text is None:
                text = ""
            leaf_key = (q, text if sensitive else not (<str>text).strip(_XML_WS))
            done = self.leaves.get(leaf_key)
            if done is None:
                done = self.remember(self.leaves, leaf_key, self.g.leaf_end(q, text, tag))
            if (<tuple>done)[1]:
                self.report(c, (<tuple>done)[1])
            return (<tuple>done)[0]
        if text is not None and (<str>text).strip(_XML_WS):
            q = self.text(q, text, tag, c)
        r = self.ends.get(q)
        if r is None:
            r = self.g.end_tag(q)
        if r == _NA:
            self.run._incomplete(q, tag, self.line(c))
            r = self.g.end_tag(q, lenient=True)
        return r

    cdef int text(self, int q, str text, str tag, xmlNode* at) except? -2:
        """``run._text(q, text, tag, line)``: from ``Grammar.text``'s memo when it holds a
        derivative that is not an error."""
        sensitive = self.sensitive.get(q)
        if sensitive is None:
            sensitive = self.g.sensitive(q)
        r = self.texts.get((q, text) if sensitive else (q, None))
        if r is None or r == _NA:
            return self.run._text(q, text, tag, self.line(at))
        return r

    cdef report(self, xmlNode* c, tuple messages):
        cdef int line = self.line(c)
        for message in messages:
            self.errors.append((line, message))

    cdef remember_ids(self, tuple items, tuple names, int line):
        cdef str value
        for name in names:
            for item in items:
                if (<tuple>item)[0] == name:
                    value = (<tuple>item)[1]
                    # ``run._id``, without its whitespace collapsing when there is none to do
                    if value and value.isprintable() and " " not in value and value not in self.ids:
                        self.ids[value] = line
                    else:
                        self.run._id(value, line)
                    break
