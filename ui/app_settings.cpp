// QSettings-backed preferences and the header-state keeper.
#include "ui/app_settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QTimer>

namespace hub::ui::settings
{

namespace
{

QSettings store()
{
    return QSettings(QString::fromLatin1(kOrganisation), QString::fromLatin1(kApplication));
}

QString headerKey(const QString &name)
{
    // Bump the version when a table's default columns change, so old layouts are not forced on it.
    return QStringLiteral("headers/v1/%1").arg(name);
}

} // namespace

QString lastFile()
{
    return text(QString::fromLatin1(kLastFile));
}

void setLastFile(const QString &path)
{
    setText(QString::fromLatin1(kLastFile), QFileInfo(path).absoluteFilePath());
    setLastFolder(QFileInfo(path).absolutePath());
}

QString lastFolder()
{
    return text(QString::fromLatin1(kLastFolder));
}

void setLastFolder(const QString &folder)
{
    setText(QString::fromLatin1(kLastFolder), folder);
}

static QString backupFolderKey(const QString &officePath)
{
    const QByteArray path = QFileInfo(officePath).absoluteFilePath().toUtf8();
    return QStringLiteral("backupFolders/%1")
        .arg(QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex()));
}

QString backupFolderFor(const QString &officePath)
{
    return text(backupFolderKey(officePath));
}

void setBackupFolderFor(const QString &officePath, const QString &folder)
{
    setText(backupFolderKey(officePath), folder);
}

QByteArray value(const QString &key)
{
    return store().value(key).toByteArray();
}

void setValue(const QString &key, const QByteArray &data)
{
    store().setValue(key, data);
}

QString text(const QString &key)
{
    return store().value(key).toString();
}

void setText(const QString &key, const QString &value)
{
    store().setValue(key, value);
}

void rememberHeaderState(QHeaderView *header, const QString &name)
{
    const QByteArray saved = value(headerKey(name));
    if (!saved.isEmpty())
        header->restoreState(saved);

    // Dragging a column edge emits many resizes: save once it settles,
    // or at quit if a save is still pending.
    auto *debounce = new QTimer(header);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    const auto save = [header, name] { setValue(headerKey(name), header->saveState()); };
    QObject::connect(debounce, &QTimer::timeout, header, save);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, header, [debounce, save] {
        if (debounce->isActive()) {
            debounce->stop();
            save();
        }
    });
    const auto later = [debounce] { debounce->start(); };
    QObject::connect(header, &QHeaderView::sectionResized, debounce, later);
    QObject::connect(header, &QHeaderView::sectionMoved, debounce, later);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, debounce, later);
}

} // namespace hub::ui::settings
