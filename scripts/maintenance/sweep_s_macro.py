#!/usr/bin/env python3
"""Replace the `#define S QStringLiteral` macro with Qt's u"..."_s literals.

For each file defining the macro: every S( <string literals> ) becomes
u"..." ... "..."_s, the #define becomes `using namespace Qt::StringLiterals;`
and the #undef goes. Files are given on the command line (default: every
.cpp/.h under the tree except build*/)."""
import os, re, sys

def find_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith('build') and not x.startswith('.')]
        for f in files:
            if f.endswith(('.cpp', '.h')):
                yield os.path.join(d, f)

def scan_literal(s, i):
    """s[i] starts a string literal (optionally R-raw). Return end index."""
    if s.startswith('R"', i):
        j = s.index('(', i)
        delim = s[i+2:j]
        end = s.index(')' + delim + '"', j)
        return end + len(delim) + 2
    assert s[i] == '"', s[i:i+20]
    j = i + 1
    while True:
        c = s[j]
        if c == '\\':
            j += 2
            continue
        if c == '"':
            return j + 1
        j += 1

def convert_call(s, start):
    """s[start:] begins with 'S('. Return (replacement, end) or None."""
    i = start + 2
    pieces = []   # (begin, end) of literals
    while True:
        while s[i] in ' \t\r\n':
            i += 1
        if s.startswith('//', i):
            i = s.index('\n', i)
            continue
        if s[i] == ')':
            break
        if s[i] == '"' or s.startswith('R"', i):
            e = scan_literal(s, i)
            pieces.append((i, e))
            i = e
            continue
        return None
    if not pieces:
        return None
    body = s[pieces[0][0]:pieces[-1][1]]
    first = s[pieces[0][0]:pieces[0][1]]
    rep = 'u' + body + '_s'
    return rep, i + 1

def convert(text):
    if not re.search(r'^[ \t]*#define S QStringLiteral[ \t]*$', text, re.M):
        return None
    out = []
    i = 0
    n = len(text)
    pat = re.compile(r'(?<![A-Za-z0-9_])S\(')
    while True:
        m = pat.search(text, i)
        if not m:
            out.append(text[i:])
            break
        # skip matches inside string literals or comments: crude check on the line
        line_start = text.rfind('\n', 0, m.start()) + 1
        prefix = text[line_start:m.start()]
        if '//' in prefix and prefix.count('"') % 2 == 0 and prefix.index('//') < len(prefix):
            # inside a line comment
            out.append(text[i:m.end()]); i = m.end(); continue
        if prefix.count('"') % 2 == 1:
            out.append(text[i:m.end()]); i = m.end(); continue
        conv = convert_call(text, m.start())
        if conv is None:
            raise SystemExit('cannot convert S( at offset %d: %r' % (m.start(), text[m.start():m.start()+80]))
        rep, end = conv
        out.append(text[i:m.start()])
        out.append(rep)
        i = end
    text = ''.join(out)
    text = re.sub(r'^([ \t]*)#define S QStringLiteral[ \t]*$', r'\1using namespace Qt::StringLiterals;', text, count=1, flags=re.M)
    text = re.sub(r'^[ \t]*#undef S[ \t]*\n', '', text, flags=re.M)
    return text

def main():
    files = sys.argv[1:] or list(find_files('.'))
    changed = 0
    for p in files:
        with open(p, encoding='utf-8') as f:
            t = f.read()
        c = convert(t)
        if c is not None and c != t:
            with open(p, 'w', encoding='utf-8') as f:
                f.write(c)
            changed += 1
    print('converted', changed, 'files')

main()
