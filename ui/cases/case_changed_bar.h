#pragma once
// The bar above the case editor saying the case changed elsewhere: blue when
// the latest is shown, amber with Reload / Keep my changes while the user
// has typing of their own.

#include <QFrame>

class QLabel;
class QPushButton;

namespace hub::ui
{

class CaseChangedBar : public QFrame
{
    Q_OBJECT
public:
    explicit CaseChangedBar(QWidget *parent = nullptr);

    // `warning`: the user's typing is kept and they must choose.
    void showChange(const QString &text, bool warning);

signals:
    void reloadRequested();
    void keepMineRequested();

private:
    QLabel *m_text;
    QPushButton *m_reload;
    QPushButton *m_keepMine;
};

} // namespace hub::ui
