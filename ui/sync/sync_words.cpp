// Plain words for the sync state.
#include "ui/sync/sync_words.h"

#include "database/sync/sync_status.h"
#include "ui/sync/sync_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace hub::ui::syncwords
{

using namespace Qt::StringLiterals;

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("hub::ui::SyncWords", text);
}

QString changes(qint64 n)
{
    return n == 1 ? tr("1 change") : tr("%1 changes").arg(QLocale().toString(n));
}

} // namespace

QString when(const QString &isoUtc, const QDateTime &now, const QString &never)
{
    const QString shown = synctext::localDateTime(isoUtc);
    if (shown.isEmpty())
        return never;
    const QString today = now.toLocalTime().toString(u"dd/MM/yyyy"_s);
    return shown.startsWith(today) ? shown.mid(today.size()).trimmed() : shown;
}

QString offices(const QVector<db::PeerStatus> &peers)
{
    QStringList codes;
    for (const db::PeerStatus &p : peers) {
        if (!codes.contains(p.officeCode))
            codes << p.officeCode;
    }
    if (codes.isEmpty())
        return tr("other offices");
    if (codes.size() == 1)
        return codes.first();
    const QString last = codes.takeLast();
    return tr("%1 and %2").arg(codes.join(u", "_s), last);
}

QString pending(const db::SyncStatus &s)
{
    if (s.pendingChanges <= 0)
        return tr("Nothing waiting to go to %1").arg(offices(s.peers));
    return tr("%1 waiting to go to %2").arg(changes(s.pendingChanges), offices(s.peers));
}

QString peerState(const db::PeerStatus &p, bool nothingPending, const QDateTime &now)
{
    if (p.maxSeq > p.contiguousSeq)
        return tr("Some changes from %1 have not arrived yet: import the bundles missing from the exchange folder, "
                  "or Sync now.")
            .arg(p.officeCode);
    const QString at = when(p.lastImportAt, now);
    if (at.isEmpty())
        return tr("Nothing received from %1 yet").arg(p.officeCode);
    return nothingPending ? tr("In step with %1 as of %2").arg(p.officeCode, at)
                          : tr("Every change from %1 is here, as of %2").arg(p.officeCode, at);
}

QStringList headline(const db::SyncStatus &s, const QDateTime &now)
{
    if (s.peers.isEmpty()) {
        if (s.lastExportAt.isEmpty())
            return { tr("You have not exchanged changes with another office yet.") };
        return { tr("You have sent changes (last on %1), but no other office's changes have arrived yet.")
                     .arg(when(s.lastExportAt, now)) };
    }
    QStringList out;
    for (const db::PeerStatus &p : s.peers)
        out << peerState(p, s.pendingChanges <= 0, now);
    return out;
}

} // namespace hub::ui::syncwords
