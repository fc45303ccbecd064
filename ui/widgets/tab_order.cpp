#include "ui/widgets/tab_order.h"

#include <QAbstractItemView>
#include <QWidget>

namespace hub::ui
{

namespace
{

bool takesTab(const QWidget *w)
{
    return w->focusPolicy() & Qt::TabFocus;
}

// A widget that is another's focus proxy (a date edit's line edit) stands for
// its owner, when the owner holds nothing else that takes Tab. A tab widget's
// tab bar is its focus proxy too, but the tab widget holds whole pages of
// fields: the tab bar then stays a stop of its own (Qt's setTabOrder moves a
// compound widget with everything inside it).
QWidget *ownerOf(QWidget *w, const QWidget *within)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->focusProxy() == w) {
            bool othersInside = false;
            for (const QWidget *child : p->findChildren<QWidget *>()) {
                if (child != w && !w->isAncestorOf(child) && takesTab(child) && !child->focusProxy()) {
                    othersInside = true;
                    break;
                }
            }
            if (othersInside)
                break;
            w = p;
        }
        if (p == within)
            break;
    }
    return w;
}

} // namespace

QList<QWidget *> tabStopsIn(QWidget *part)
{
    QList<QWidget *> stops;
    if (!part)
        return stops;
    // Walk the window's focus chain from the part: its descendants come in their current order.
    QWidget *w = part;
    do {
        if ((w == part || part->isAncestorOf(w)) && takesTab(w) && !w->focusProxy()) {
            QWidget *owner = ownerOf(w, part);
            if (!stops.contains(owner))
                stops << owner;
        }
        w = w->nextInFocusChain();
    } while (w && w != part);
    return stops;
}

void stopTabTrap(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
}

void chainTabOrder(const QList<QWidget *> &parts)
{
    QList<QWidget *> stops;
    const auto inside = [&stops](const QWidget *w) {
        for (const QWidget *s : std::as_const(stops)) {
            if (s == w || s->isAncestorOf(w))
                return true; // already placed, itself or inside a compound stop
        }
        return false;
    };
    for (QWidget *part : parts) {
        for (QWidget *w : tabStopsIn(part)) {
            if (!inside(w))
                stops << w;
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

} // namespace hub::ui
