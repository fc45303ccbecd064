#pragma once
// Minimal argument reader for "hubcase-cli COMMAND [SUB] ARGS --opt value --flag".

#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace hubcli
{

class Args
{
public:
    Args(const QStringList &arguments, const QStringList &flagNames);

    // Positional words after the program name (command, subcommand, files).
    const QStringList &positional() const { return m_positional; }
    QString word(int i) const { return m_positional.value(i); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString option(const QString &name) const { return m_options.value(name); }
    // Every value of a repeated option, in the order given (QMultiMap keeps the newest first).
    QStringList options(const QString &name) const
    {
        QStringList v = m_options.values(name);
        std::reverse(v.begin(), v.end());
        return v;
    }
    bool has(const QString &name) const { return m_options.contains(name) || m_flags.contains(name); }
    // Options given that the command does not know, for a clear usage error.
    QStringList unknown(const QStringList &known) const;

private:
    QStringList m_positional;
    QStringList m_flags;
    QMultiMap<QString, QString> m_options;
};

} // namespace hubcli
