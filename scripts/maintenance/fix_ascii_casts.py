#!/usr/bin/env python3
"""Turn bare string literals the compiler refused under QT_NO_CAST_FROM_ASCII into u"..."_s.

Reads a GCC build log; for every error located at file:line:col in our tree, converts the
bare string literals on that source line (not already u"", not inside QStringLiteral(,
QLatin1String(, QLatin1StringView(, QByteArray(, tr(, QT_TR_NOOP(, QT_TRANSLATE_NOOP(, qPrintable,
setProperty(, property(, or a `const char` initialiser) and adds the using-directive."""
import re, sys, os, collections

ROOT = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else '.')
log = open(sys.argv[1], errors='replace').read()
err = re.compile(r'^(/[^:\s]+\.(?:cpp|h)):(\d+):(\d+): error: (.*)$', re.M)
KEEP_BEFORE = re.compile(r'(QStringLiteral|QLatin1String|QLatin1StringView|QByteArrayLiteral|QByteArray|tr|QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3|translate|setProperty|property|qPrintable|qUtf8Printable|fromUtf8|fromLatin1|fromLocal8Bit|Q_ARG|SIGNAL|SLOT|inherits|setObjectName\(\)|std::printf|printf|fprintf|qDebug|qWarning|qFatal|qCritical|QTest::\w+|INFO|FAIL|WARN|getenv|setenv|qgetenv|qputenv|qEnvironmentVariable\w*|strcmp)\s*\(\s*$')
targets = collections.defaultdict(set)
for m in err.finditer(log):
    path, line = m.group(1), int(m.group(2))
    if not path.startswith(ROOT) or '/build' in path[len(ROOT):]:
        continue
    targets[path].add(line)

lit = re.compile(r'(?<![A-Za-z0-9_"\'])"(?:[^"\\]|\\.)*"(?![A-Za-z_])')
changed = 0
for path, lines in targets.items():
    src = open(path).read().split('\n')
    touched = False
    for ln in sorted(lines):
        s = src[ln - 1]
        out, i = [], 0
        for m in lit.finditer(s):
            before = s[:m.start()]
            if before.count('"') % 2 == 1:
                continue
            if KEEP_BEFORE.search(before) or re.search(r'\bconst char\s*\*?\s*\w*\s*(\[\])?\s*=\s*$', before):
                continue
            if re.search(r'#\s*include', before):
                continue
            rep = ('QStringLiteral(' + m.group(0) + ')') if path.endswith('.h') else ('u' + m.group(0) + '_s')
            out.append(s[i:m.start()]); out.append(rep); i = m.end()
        if out:
            out.append(s[i:])
            src[ln - 1] = ''.join(out)
            touched = True
    if touched:
        text = '\n'.join(src)
        if path.endswith('.cpp') and 'Qt::StringLiterals' not in text and 'Qt::Literals::StringLiterals' not in text:
            # after the last #include
            incs = [m.end() for m in re.finditer(r'^#include .*$', text, re.M)]
            pos = incs[-1] if incs else 0
            text = text[:pos] + '\n\nusing namespace Qt::StringLiterals;' + text[pos:]
        open(path, 'w').write(text)
        changed += 1
print('files changed:', changed, 'error lines:', sum(len(v) for v in targets.values()))
