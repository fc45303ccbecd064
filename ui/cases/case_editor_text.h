#pragma once
// Shared by the case editor's files: times and sizes as shown, the field label style, and the style
// of a field whose typing is not saved.

#include "core/cases/case_event.h"
#include "core/cases/case_type.h"

#include <QDateTime>
#include <QLabel>
#include <QObject>
#include <QString>
#include <QStringList>

namespace hub::ui::case_editor
{

inline QString whenText(const QString &iso)
{
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : iso;
}

inline QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QObject::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QObject::tr("%1 KB").arg(QString::number(double(bytes) / 1024.0, 'f', 0));
    return QObject::tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

inline QLabel *fieldLabel(const QString &text)
{
    auto *l = new QLabel(text);
    l->setStyleSheet(QStringLiteral("color:#4C6272;"));
    return l;
}

inline constexpr const char *kUnsavedStyle = "border: 2px solid #DA291C;";

} // namespace hub::ui::case_editor
