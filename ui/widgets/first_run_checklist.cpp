// The first-run checklist on My work.
#include "ui/widgets/first_run_checklist.h"

#include "database/demo/demo_as_of.h"
#include "database/events/change_notifier.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "ui/app_settings.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const char *const kStepNames[] = { "Ccgs", "Leads", "Practices", "BackupFolder" };

} // namespace

FirstRunChecklist::FirstRunChecklist(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel)
{
    setObjectName(u"firstRunChecklist"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#firstRunChecklist { background:#F0F4F5; border:1px solid #AEB7BD; border-radius:4px; }"_s);
    m_title->setObjectName(u"checklistTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    auto *hide = new QPushButton(tr("Hide"));
    hide->setObjectName(u"hideChecklistButton"_s);
    hide->setToolTip(tr("Hide this checklist for this office on this computer"));
    hide->setFlat(true);
    connect(hide, &QPushButton::clicked, this, &FirstRunChecklist::hideForThisOffice);

    const QString buttonText[]
        = { tr("Open CCGs && practices"), tr("Name the leads…"), tr("Import practices…"), tr("Set backup folder…") };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    for (int i = 0; i < StepCount; ++i) {
        const QString name = QString::fromLatin1(kStepNames[i]);
        m_state[i] = new QLabel;
        m_state[i]->setObjectName(u"checklistState"_s + name);
        m_state[i]->setMinimumWidth(fontMetrics().horizontalAdvance(u"\u2713 Done"_s) + 8);
        m_text[i] = new QLabel;
        m_text[i]->setObjectName(u"checklistText"_s + name);
        m_text[i]->setWordWrap(true);
        m_button[i] = new QPushButton(buttonText[i]);
        m_button[i]->setObjectName(u"checklistButton"_s + name);
        const Step step = static_cast<Step>(i);
        connect(m_button[i], &QPushButton::clicked, this,
            [this, step] { emit stepRequested(step, step == Leads ? m_setup.firstCcgWithoutLeads : QString()); });
        grid->addWidget(m_state[i], i, 0);
        grid->addWidget(m_text[i], i, 1);
        grid->addWidget(m_button[i], i, 2);
    }
    grid->setColumnStretch(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(hide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addLayout(top);
    layout->addLayout(grid);
    QFrame::setVisible(false);
}

void FirstRunChecklist::setOfficeFile(db::OfficeFile *file)
{
    disconnect(m_changes);
    m_file = file;
    if (file && file->changes()) {
        m_changes = connect(
            file->changes(), &db::ChangeNotifier::recordsChanged, this, [this](const db::RecordsChanged &change) {
                if (change.touchesAny({ u"ccg"_s, u"practice"_s }))
                    refresh();
            });
    }
    refresh();
}

QString FirstRunChecklist::hiddenKey() const
{
    return m_file ? u"firstRunChecklist/hidden/%1"_s.arg(m_file->officeId()) : QString();
}

void FirstRunChecklist::hideForThisOffice()
{
    if (!hiddenKey().isEmpty())
        settings::setText(hiddenKey(), u"1"_s);
    refresh();
}

bool FirstRunChecklist::isDone(Step step) const
{
    switch (step) {
    case Ccgs:
        return m_setup.ccgsDone();
    case Leads:
        return m_setup.leadsDone();
    case Practices:
        return m_setup.practicesDone();
    case BackupFolder:
        return m_setup.backupDone();
    case StepCount:
        break;
    }
    return false;
}

void FirstRunChecklist::refresh()
{
    m_setup = {};
    bool readable = false;
    if (m_file) {
        const Result<db::OfficeSetup> read = db::readOfficeSetup(*m_file);
        readable = read.ok();
        if (read)
            m_setup = read.value();
    }
    const bool demo = m_file && db::demoAsOf(*m_file).isValid();
    const bool hidden = !hiddenKey().isEmpty() && settings::text(hiddenKey()) == u"1"_s;
    m_wanted = readable && !demo && !hidden && !m_setup.allDone();
    setVisible(m_wanted);
    if (!m_wanted)
        return;

    const QLocale locale;
    m_title->setText(tr("Setting up this office: %1 of 4 done").arg(m_setup.doneCount()));
    const QString texts[] = {
        m_setup.ccgsDone() ? tr("<b>The CCGs you serve</b> — %1 in the file. Add any other CCG you serve.")
                                 .arg(m_setup.ccgs == 1 ? tr("1 CCG") : tr("%1 CCGs").arg(m_setup.ccgs))
                           : tr("<b>Add the CCGs you serve</b> — none in the file yet."),
        m_setup.leadsDone()
            ? tr("<b>Their leads</b> — every CCG has its Hub contracting and finance lead.")
            : tr("<b>Name their leads</b> — %1 of %2 CCGs still need a Hub contracting or finance lead (MoU 3.4).")
                  .arg(m_setup.ccgsWithoutLeads)
                  .arg(m_setup.ccgs),
        m_setup.practicesDone() ? tr("<b>Practices</b> — %1 imported.").arg(locale.toString(m_setup.practices))
                                : tr("<b>Import the practices</b> — none yet: import the NHS epraccur list or a GP "
                                     "payments CSV."),
        m_setup.backupDone()
            ? tr("<b>Backup folder</b> — %1").arg(QDir::toNativeSeparators(m_setup.backupFolder).toHtmlEscaped())
            : tr("<b>Set the backup folder</b> — not set, so no backups are taken of this office file."),
    };
    for (int i = 0; i < StepCount; ++i) {
        const bool done = isDone(static_cast<Step>(i));
        m_state[i]->setText(done ? tr("\u2713 Done") : tr("To do"));
        m_state[i]->setStyleSheet(done ? u"color:#007F3B;font-weight:600"_s : u"color:#8A5300;font-weight:600"_s);
        m_text[i]->setText(texts[i]);
        m_button[i]->setEnabled(i == BackupFolder || !m_file->isReadOnly());
        if (!m_button[i]->isEnabled())
            m_button[i]->setToolTip(tr("The office file is open read-only"));
    }
}

} // namespace hub::ui
