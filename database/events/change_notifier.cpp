#include "database/events/change_notifier.h"

namespace hub::db
{

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RecordsChanged>();
}

void ChangeNotifier::publish(const RecordsChanged &change)
{
    if (change.isEmpty())
        return;
    ++m_published;
    emit recordsChanged(change);
}

} // namespace hub::db
