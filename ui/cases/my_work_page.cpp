// "My work".
#include "ui/cases/my_work_page.h"
#include "ui/widgets/read_only_table.h"

#include "core/common/format.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/demo/demo_as_of.h"
#include "database/events/records_changed.h"
#include "database/office_file.h"
#include "ui/app_settings.h"
#include "ui/models/case_table_model.h"
#include "ui/widgets/first_run_checklist.h"
#include "ui/widgets/tab_order.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hub::ui
{

using namespace Qt::StringLiterals;

namespace
{

const char *const kTableNames[]
    = { "myWorkOverdue", "myWorkDueToday", "myWorkDueThisWeek", "myWorkAwaitingAck", "myWorkInformationDue" };

QTableView *makeTable(CaseTableModel *model, const QString &name)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    setUpReadOnlyTable(t);
    auto *h = t->horizontalHeader();
    h->setHighlightSections(false);
    for (int c = 0; c < CaseTableModel::ColumnCount; ++c) {
        // The clock's wording says how far off the due day is (its tooltip gives the dates), which
        // leaves the title room in four lists on a 1280-pixel screen.
        const bool shown = c == CaseTableModel::Reference || c == CaseTableModel::Ccg || c == CaseTableModel::Title
            || c == CaseTableModel::Clock;
        h->setSectionHidden(c, !shown);
    }
    // Title last, taking the room left.
    h->moveSection(h->visualIndex(CaseTableModel::Title), CaseTableModel::ColumnCount - 1);
    const QFontMetrics fm = t->fontMetrics();
    h->resizeSection(CaseTableModel::Reference, fm.horizontalAdvance(u"WMH-2016-00000"_s) + 20);
    h->resizeSection(CaseTableModel::Ccg, fm.horizontalAdvance(u"CCG0"_s) + 16);
    // Room for the state's icon and the longest wording ("Overdue by 10 working days").
    h->resizeSection(CaseTableModel::Clock, fm.horizontalAdvance(u"Overdue by 10 working days"_s) + 32);
    h->setStretchLastSection(true);
    return t;
}

} // namespace

MyWorkPage::MyWorkPage(QWidget *parent)
    : Page(parent)
    , m_officer(new QComboBox)
    , m_asOf(new QDateEdit)
    , m_note(new QLabel)
    , m_checklist(new FirstRunChecklist)
{
    setShownTables({ u"case_record"_s, u"office_closure"_s });
    m_officer->setObjectName(u"myWorkOfficer"_s);
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_officer->setMinimumWidth(200);
    m_asOf->setObjectName(u"myWorkAsOf"_s);
    m_asOf->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(QDate::currentDate());
    m_note->setObjectName(u"myWorkAsOfNote"_s);
    m_note->setStyleSheet(u"color: #8a5a00;"_s);
    m_note->hide();

    auto *title = new QLabel(tr("My work"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(24);
    auto *officerLabel = new QLabel(tr("&Officer:"));
    officerLabel->setBuddy(m_officer);
    top->addWidget(officerLabel);
    top->addWidget(m_officer);
    top->addSpacing(12);
    auto *asOfLabel = new QLabel(tr("&As of:"));
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addSpacing(12);
    top->addWidget(m_note);
    top->addStretch(1);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    for (int s = 0; s < SectionCount; ++s) {
        m_models[s] = new CaseTableModel(this);
        m_models[s]->setPageSize(200);
        m_tables[s] = makeTable(m_models[s], QString::fromLatin1(kTableNames[s]));
        m_headings[s] = new QLabel;
        m_headings[s]->setObjectName(QString::fromLatin1(kTableNames[s]) + u"Heading"_s);
        QFont bold = m_headings[s]->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        m_headings[s]->setFont(bold);
        auto *box = new QVBoxLayout;
        box->addWidget(m_headings[s]);
        box->addWidget(m_tables[s], 1);
        if (s == InformationDue)
            grid->addLayout(box, 2, 0, 1, 2); // a short list across the page: promised information
        else
            grid->addLayout(box, s / 2, s % 2);
        connect(m_tables[s], &QAbstractItemView::activated, this, [this, s](const QModelIndex &index) {
            if (const db::CaseRow *r = m_models[s]->rowAt(index.row()))
                emit openCase(r->ref);
        });
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 2);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checklist);
    layout->addLayout(grid, 1);

    connect(m_officer, &QComboBox::currentIndexChanged, this, [this] {
        m_chooseDefaultOfficer = false;
        refreshSections();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { refreshSections(); });
    refreshSections();

    // Each section is a list (context menu, print, export); Tab: the lists, then officer and day.
    QList<QWidget *> order;
    for (int s = 0; s < SectionCount; ++s) {
        addList(m_tables[s],
            ListSetup(tr("My work"))
                .titledBy([this, s] { return tr("My work — %1").arg(m_headings[s]->text()); })
                .describedBy(
                    [this] { return tr("Officer: %1 · as of %2").arg(m_officer->currentText(), formatDate(asOf())); }));
        order << m_tables[s];
    }
    order << m_officer << m_asOf;
    setTabOrderParts(order);
}

QString MyWorkPage::officer() const
{
    return m_officer->currentData().toString();
}

void MyWorkPage::setOfficer(const QString &officer)
{
    int i = m_officer->findData(officer);
    if (i < 0 && !officer.isEmpty()) {
        m_officer->addItem(officer, officer);
        i = m_officer->count() - 1;
    }
    m_officer->setCurrentIndex(std::max(0, i));
}

QDate MyWorkPage::asOf() const
{
    return m_asOf->date();
}

void MyWorkPage::setAsOf(const QDate &day)
{
    m_asOf->setDate(day.isValid() ? day : officeFile() ? db::officeAsOf(*officeFile()) : QDate::currentDate());
}

int MyWorkPage::sectionCount(Section section) const
{
    return m_models[section]->totalCount();
}

void MyWorkPage::officeFileChanged()
{
    m_chooseDefaultOfficer = true;
    m_checklist->setOfficeFile(officeFile());
    const QDate demo = officeFile() ? db::demoAsOf(*officeFile()) : QDate();
    m_note->setVisible(demo.isValid());
    m_note->setText(tr("Demo office: dates as of %1").arg(formatDate(demo)));
    const QSignalBlocker b(m_asOf);
    m_asOf->setDate(officeFile() ? db::officeAsOf(*officeFile()) : QDate::currentDate());
}

void MyWorkPage::fillOfficers()
{
    db::OfficeFile *file = officeFile();
    const QString current = m_officer->currentData().toString();
    const QSignalBlocker b(m_officer);
    m_officer->clear();
    if (!file)
        return;
    const QString me = file->user();
    m_officer->addItem(tr("Me (%1)").arg(me), me);
    m_officer->addItem(tr("Everyone"), QString());
    db::CaseListQuery query(*file);
    const auto officers = query.officers();
    if (officers) {
        for (const QString &o : officers.value()) {
            if (o != me)
                m_officer->addItem(o, o);
        }
    }
    QString choice = current;
    if (m_chooseDefaultOfficer) {
        // An account linked to an officer opens on "Me"; otherwise the
        // user's own cases when they have any open, else everyone's.
        db::CaseFilter mine;
        mine.officer = me;
        mine.openOnly = true;
        const auto n = file->isLinkedToOfficer() ? Result<int>(1) : query.count(mine);
        choice = n && n.value() > 0 ? me : QString();
    }
    const int i = m_officer->findData(choice);
    m_officer->setCurrentIndex(i < 0 ? 1 : i);
}

QPair<QDate, QDate> MyWorkPage::weekAhead() const
{
    const QDate day = asOf();
    WorkingCalendar cal = WorkingCalendar::englandAndWales().value();
    if (officeFile()) {
        auto c = db::ClosureRepository(*officeFile()).calendar();
        if (c)
            cal = std::move(c.value());
    }
    const auto lastWorkingDayOfWeek = [&](const QDate &inWeek) {
        QDate d = inWeek.addDays(7 - inWeek.dayOfWeek()); // Sunday
        while (d >= inWeek && !cal.isWorkingDay(d))
            d = d.addDays(-1);
        return d;
    };
    QDate first = cal.addWorkingDays(day, 1);
    QDate last = lastWorkingDayOfWeek(day);
    if (last <= day) {
        // Friday (or the week's last working day): the week ahead is the next one.
        last = lastWorkingDayOfWeek(first);
    }
    return { first, last };
}

void MyWorkPage::reload()
{
    m_checklist->refresh();
    fillOfficers();
    refreshSections();
}

void MyWorkPage::recordsChanged(const db::RecordsChanged &change)
{
    const QString cases = u"case_record"_s;
    if (!officeFile() || change.isWholeTable(cases) || change.touches(u"office_closure"_s)
        || !change.ids(cases, db::ChangeKind::Inserted).isEmpty()) {
        reloadWhenShown();
        return;
    }
    const QSet<QString> ids = change.ids(cases);
    if (ids.isEmpty())
        return;
    bool moved = false;
    for (CaseTableModel *m : m_models)
        moved = !m->updateRows(ids) || moved;
    if (moved)
        refreshSections();
    else
        updateHeadings();
}

void MyWorkPage::refreshSections()
{
    db::OfficeFile *file = officeFile();
    const QDate day = asOf();
    const auto week = weekAhead();
    for (int s = 0; s < SectionCount; ++s) {
        db::CaseFilter f;
        f.officer = officer();
        f.openOnly = true;
        f.asOf = day;
        f.sortColumn = db::CaseFilter::Column::NextDue;
        switch (Section(s)) {
        case Overdue:
            f.overdueOnly = true;
            break;
        case DueToday:
            f.dueFrom = day;
            f.dueBy = day;
            break;
        case DueThisWeek:
            f.dueFrom = week.first;
            f.dueBy = week.second;
            break;
        case AwaitingAcknowledgement:
            f.awaitingAcknowledgement = true;
            break;
        case InformationDue:
            // Promised by the end of the coming week, or already past the promised day.
            f.informationDueBy = week.second.isValid() ? week.second : day;
            break;
        case SectionCount:
            break;
        }
        if (m_models[s]->officeFile() != file)
            m_models[s]->setOfficeFile(file);
        m_models[s]->setFilter(f, m_models[s]->rowCount());
    }
    updateHeadings();
}

void MyWorkPage::updateHeadings()
{
    const QDate day = asOf();
    const auto week = weekAhead();
    const bool nextWeek = week.first.isValid() && week.first.weekNumber() != day.weekNumber();
    const QString titles[SectionCount] = {
        tr("Overdue"),
        tr("Due today"),
        nextWeek ? tr("Due next week") : tr("Due this week"),
        tr("Awaiting acknowledgement"),
        tr("Information due to be made available"),
    };
    for (int s = 0; s < SectionCount; ++s) {
        QString heading = u"%1 (%2)"_s.arg(titles[s]).arg(m_models[s]->totalCount());
        if (s == DueThisWeek && week.first.isValid())
            heading += u"  ·  %1 – %2"_s.arg(formatDate(week.first), formatDate(week.second));
        m_headings[s]->setText(heading);
        m_tables[s]->setToolTip(s == DueThisWeek
                ? tr("Unmet clocks due from %1 to %2 (working days by the office's calendar)")
                      .arg(formatDate(week.first), formatDate(week.second))
                : s == InformationDue
                ? tr("Information requests whose acknowledgement said the information would be available by %1 "
                     "or earlier, not yet answered")
                      .arg(formatDate(week.second.isValid() ? week.second : day))
                : QString());
    }
}

} // namespace hub::ui
