#pragma once
// The wait cursor for as long as a long operation (a sync, a backup) runs.

#include <QApplication>

namespace hub::ui
{

class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace hub::ui
