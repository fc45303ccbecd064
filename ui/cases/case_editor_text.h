#pragma once
// Shared by the case editor's files: event names and detail text for the
// timeline, times and sizes as shown, the field label style, and the style
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

inline QString eventName(CaseEventKind k)
{
    switch (k) {
    case CaseEventKind::Received:
        return QObject::tr("Received");
    case CaseEventKind::Acknowledged:
        return QObject::tr("Acknowledged");
    case CaseEventKind::Updated:
        return QObject::tr("Update sent");
    case CaseEventKind::Responded:
        return QObject::tr("Full response");
    case CaseEventKind::Paused:
        return QObject::tr("Clocks paused");
    case CaseEventKind::Resumed:
        return QObject::tr("Clocks resumed");
    case CaseEventKind::Closed:
        return QObject::tr("Closed");
    case CaseEventKind::TypeChanged:
        return QObject::tr("Type changed");
    case CaseEventKind::Reassigned:
        return QObject::tr("Reassigned");
    case CaseEventKind::Note:
        return QObject::tr("Note");
    case CaseEventKind::Letter:
        return QObject::tr("Letter");
    }
    return {};
}

// "provider-query -> payment-query" as names.
inline QString detailText(const CaseEvent &e)
{
    if (e.kind == CaseEventKind::TypeChanged) {
        const QStringList parts = e.detail.split(QStringLiteral(" -> "));
        if (parts.size() == 2)
            return QObject::tr("%1 → %2").arg(caseTypeLabel(parts[0]), caseTypeLabel(parts[1]));
    }
    if (e.kind == CaseEventKind::Reassigned)
        return QObject::tr("to %1").arg(e.detail);
    return e.detail;
}

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
