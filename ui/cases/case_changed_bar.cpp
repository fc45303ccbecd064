#include "ui/cases/case_changed_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hub::ui
{

using namespace Qt::StringLiterals;

CaseChangedBar::CaseChangedBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_reload(new QPushButton(tr("Reload")))
    , m_keepMine(new QPushButton(tr("Keep my changes")))
{
    setObjectName(u"caseChangedBar"_s);
    m_text->setObjectName(u"caseChangedText"_s);
    m_text->setWordWrap(true);
    m_reload->setObjectName(u"caseReloadButton"_s);
    m_keepMine->setObjectName(u"caseKeepMineButton"_s);
    auto *dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(u"caseChangedDismiss"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_reload);
    row->addWidget(m_keepMine);
    row->addWidget(dismiss);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        hide();
        emit keepMineRequested();
    });
    connect(dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void CaseChangedBar::showChange(const QString &text, bool warning)
{
    m_text->setText(text);
    setStyleSheet(warning
            ? u"QFrame#caseChangedBar { background:#FFF0C2; border:1px solid #FFB81C; border-radius:3px; }"_s
            : u"QFrame#caseChangedBar { background:#E8F1FA; border:1px solid #005EB8; border-radius:3px; }"_s);
    m_reload->setVisible(warning);
    m_keepMine->setVisible(warning);
    show();
}

} // namespace hub::ui
