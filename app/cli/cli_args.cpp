#include "cli_args.h"

namespace hubcli
{

Args::Args(const QStringList &arguments, const QStringList &flagNames)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(QStringLiteral("--"))) {
            QString name = a.mid(2);
            const auto eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                m_options.insert(name.left(eq), name.mid(eq + 1));
            } else if (flagNames.contains(name) || i + 1 >= arguments.size()) {
                m_flags << name;
            } else {
                m_options.insert(name, arguments[++i]);
            }
        } else {
            m_positional << a;
        }
    }
}

QStringList Args::unknown(const QStringList &known) const
{
    QStringList out;
    for (const QString &f : m_flags) {
        if (!known.contains(f))
            out << QStringLiteral("--") + f;
    }
    for (const QString &o : m_options.keys()) {
        if (!known.contains(o))
            out << QStringLiteral("--") + o;
    }
    return out;
}

} // namespace hubcli
