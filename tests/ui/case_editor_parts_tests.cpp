// The case editor as composed widgets (issue 9, item 1) and what issue 10
// asked of it: the header form, action bar, timeline model, attachments and
// letters tabs are their own classes wired to the CaseDocument; closing asks
// for the outcome; the requester's contact fields are edited like any other
// field; Enter in the note box adds the note; whole notes in the timeline;
// a readable Stage box.
#include "ui_test_support.h"

#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "ui/cases/case_action_bar.h"
#include "ui/cases/case_attachments_tab.h"
#include "ui/cases/case_editor.h"
#include "ui/cases/case_header_form.h"
#include "ui/cases/case_letters_tab.h"
#include "ui/cases/case_timeline_view.h"
#include "ui/cases/new_case_dialog.h"
#include "ui/models/case_timeline_model.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace hub;
using namespace hub::ui;

namespace
{

using namespace Qt::StringLiterals;

struct Editor {
    hubtest::TempDir dir;
    std::unique_ptr<db::OfficeFile> file;
    QWidget host;
    QUndoStack undo;
    CaseEditor *editor = nullptr;

    explicit Editor(int width = 950)
    {
        file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
        file->setUser(u"t.parts"_s);
        editor = new CaseEditor(&undo, &host);
        auto *layout = new QHBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(editor);
        editor->setOfficeFile(file.get());
        host.resize(width, 850);
        host.show();
        uitest::pump();
    }

    template <typename T> T *child(const char *name)
    {
        T *w = host.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(w);
        return w;
    }

    // A fresh provider query received ten days ago.
    QString freshCase(const QString &title = u"Fresh query"_s)
    {
        db::NewCase c;
        c.type = CaseType::ProviderQuery;
        c.ccgCode = u"06A"_s;
        c.received = QDate::currentDate().addDays(-10);
        c.title = title;
        auto created = db::CaseRepository(*file).add(c);
        REQUIRE(created.ok());
        return created.value().row.ref;
    }

    db::CaseDetail stored(const QString &ref)
    {
        auto d = db::CaseRepository(*file).get(ref);
        REQUIRE(d.ok());
        return d.value();
    }
};

void pressEnter(QWidget *w)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QApplication::sendEvent(w, &release);
}

} // namespace

TEST_CASE("the case editor is composed of its parts, each its own widget", "[ui][cases][editor][issue9]")
{
    Editor e;
    e.editor->openCase(e.freshCase());
    CHECK(e.host.findChild<CaseHeaderForm *>());
    CHECK(e.host.findChild<CaseActionBar *>());
    CHECK(e.host.findChild<CaseAttachmentsTab *>());
    CHECK(e.host.findChild<CaseLettersTab *>());
    auto *timeline = e.host.findChild<CaseTimelineView *>(u"caseTimeline"_s);
    REQUIRE(timeline);
    // The timeline is a model, not a table of items.
    auto *model = qobject_cast<CaseTimelineModel *>(timeline->model());
    REQUIRE(model);
    uitest::checkModel(*model);
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, CaseTimelineModel::Event).data().toString() == u"Received"_s);
    // The header form sits inside the editor and carries the title box.
    CHECK(e.host.findChild<CaseHeaderForm *>()->findChild<QLineEdit *>(u"caseTitle"_s));
    CHECK(e.host.findChild<CaseActionBar *>()->findChild<QPushButton *>(u"ackButton"_s));
}

TEST_CASE("closing a case asks for the outcome and whether the response was full", "[ui][cases][editor][issue10]")
{
    Editor e;
    const QString ref = e.freshCase();
    e.editor->openCase(ref);
    QString problem;
    bool asksFull = false;
    auto timer = uitest::clickWhenShown(u"closeCaseDialog"_s, u"closeOk"_s, [&](QWidget *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(u"closeOk"_s);
        auto *label = dialog->findChild<QLabel *>(u"closeProblem"_s);
        REQUIRE(ok);
        REQUIRE(label);
        CHECK(label->isHidden());
        ok->click(); // nothing said yet: refused, and it says why
        CHECK(dialog->isVisible());
        problem = label->text();
        uitest::typeText(dialog->findChild<QPlainTextEdit *>(u"closeOutcome"_s), u"Locum costs reimbursed"_s);
        auto *no = dialog->findChild<QRadioButton *>(u"closeFullResponseNo"_s);
        asksFull = no != nullptr;
        if (no)
            no->click();
    });
    e.child<QPushButton>("closeButton")->click();
    CHECK(problem.contains(u"outcome"_s));
    CHECK(asksFull);
    const db::CaseDetail closed = e.stored(ref);
    CHECK(closed.row.status == u"closed"_s);
    const CaseEvent &last = closed.timeline.last();
    CHECK(last.kind == CaseEventKind::Closed);
    CHECK(last.outcome == u"Locum costs reimbursed"_s);
    REQUIRE(last.fullResponse.has_value());
    CHECK_FALSE(*last.fullResponse);
    // Shown in the timeline.
    const QAbstractItemModel *timeline = e.child<QTableView>("caseTimeline")->model();
    const QString note = timeline->index(timeline->rowCount() - 1, CaseTimelineModel::Note).data().toString();
    CHECK(note.contains(u"Outcome: Locum costs reimbursed"_s));
    CHECK(note.contains(u"not a full response"_s));
    // Undo takes the closure, outcome and all, back out.
    e.undo.undo();
    CHECK(e.stored(ref).row.status != u"closed"_s);
}

TEST_CASE(
    "the requester's contact fields are edited in the header and undone like any field", "[ui][cases][editor][issue10]")
{
    Editor e;
    const QString ref = e.freshCase();
    e.editor->openCase(ref);
    auto *email = e.child<QLineEdit>("case_requester_email");
    auto *name = e.child<QLineEdit>("case_requester_name");
    e.child<QLineEdit>("case_requester_organisation");
    e.child<QLineEdit>("case_requester_phone");
    uitest::typeText(name, u"Dr A Patel"_s);
    emit name->editingFinished();
    CHECK(e.stored(ref).fields.value(u"requester_name"_s).toString() == u"Dr A Patel"_s);

    // A bad address is refused before any write, and the box says why.
    uitest::typeText(email, u"practice manager"_s);
    emit email->editingFinished();
    CHECK(e.stored(ref).fields.value(u"requester_email"_s).toString().isEmpty());
    CHECK(email->toolTip().contains(u"not an email address"_s));
    email->clear();
    uitest::typeText(email, u"pm.penn@nhs.net"_s);
    emit email->editingFinished();
    CHECK(e.stored(ref).fields.value(u"requester_email"_s).toString() == u"pm.penn@nhs.net"_s);
    CHECK(e.undo.count() == 2);
    e.undo.undo();
    CHECK(e.stored(ref).fields.value(u"requester_email"_s).toString().isEmpty());
    CHECK(email->text().isEmpty());
}

TEST_CASE("the New case dialog takes the requester's contact details", "[ui][cases][editor][issue10]")
{
    hubtest::TempDir dir;
    auto file = db::OfficeFile::open(uitest::demoCopy(dir)).value();
    NewCaseDialog dialog(*file);
    auto *ccg = dialog.findChild<QComboBox *>(u"newCaseCcg"_s);
    ccg->setCurrentIndex(ccg->findData(u"06A"_s));
    uitest::typeText(dialog.findChild<QLineEdit *>(u"newCaseTitle"_s), u"Premises query"_s);
    uitest::typeText(dialog.findChild<QLineEdit *>(u"newCase_requester_name"_s), u"Mrs J Evans"_s);
    uitest::typeText(dialog.findChild<QLineEdit *>(u"newCase_requester_organisation"_s), u"Penn Surgery"_s);
    auto *phone = dialog.findChild<QLineEdit *>(u"newCase_requester_phone"_s);
    uitest::typeText(phone, u"call me"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // refused inline, naming the phone
    CHECK(dialog.findChild<QLabel *>(u"newCaseProblem"_s)->text().contains(u"phone number"_s));
    phone->clear();
    uitest::typeText(phone, u"01902 551234"_s);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto d = db::CaseRepository(*file).get(dialog.createdRef());
    REQUIRE(d.ok());
    CHECK(d->fields.value(u"requester_name"_s).toString() == u"Mrs J Evans"_s);
    CHECK(d->fields.value(u"requester_organisation"_s).toString() == u"Penn Surgery"_s);
    CHECK(d->fields.value(u"requester_phone"_s).toString() == u"01902 551234"_s);
}

TEST_CASE("Enter in the note box adds the note", "[ui][cases][editor][issue10]")
{
    Editor e;
    const QString ref = e.freshCase();
    e.editor->openCase(ref);
    auto *note = e.child<QLineEdit>("actionNote");
    pressEnter(note); // nothing typed: nothing added
    CHECK(e.stored(ref).timeline.size() == 1);
    uitest::typeText(note, u"Rang the practice manager"_s);
    pressEnter(note);
    const db::CaseDetail d = e.stored(ref);
    REQUIRE(d.timeline.size() == 2);
    CHECK(d.timeline.last().kind == CaseEventKind::Note);
    CHECK(d.timeline.last().note == u"Rang the practice manager"_s);
    CHECK(note->text().isEmpty());
}

TEST_CASE("the timeline shows a long note whole, wrapped, and in its tooltip", "[ui][cases][editor][issue10]")
{
    Editor e(1100);
    const QString ref = e.freshCase();
    const QString longNote = u"Rang the practice manager twice about the locum invoices for March; she will send the "
                             "signed claim form and the payslips once the partners have met on Thursday, and asked "
                             "that the reimbursement is made in the May payment run rather than June."_s;
    CaseEvent n;
    n.kind = CaseEventKind::Note;
    n.on = QDate::currentDate();
    n.note = longNote;
    REQUIRE(db::CaseRepository(*e.file).addEvent(ref, n).ok());
    e.editor->openCase(ref);
    uitest::pump();
    // Narrower after the case was shown (a splitter dragged, a smaller window): the rows grow again.
    e.host.resize(700, 850);
    uitest::pump();
    auto *view = e.child<QTableView>("caseTimeline");
    const QAbstractItemModel *m = view->model();
    const QModelIndex cell = m->index(m->rowCount() - 1, CaseTimelineModel::Note);
    CHECK(cell.data().toString() == longNote);
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(longNote.left(60)));
    // The row is tall enough for the note wrapped at the column's width.
    const int width = view->columnWidth(CaseTimelineModel::Note) - 8;
    const int needed = view->fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, longNote).height();
    INFO("row " << view->rowHeight(cell.row()) << " needed " << needed << " at width " << width);
    CHECK(view->rowHeight(cell.row()) >= needed);
    CHECK(needed > view->fontMetrics().height()); // it does wrap at this width
}

TEST_CASE("the Stage box shows its choice whole at a laptop's editor width", "[ui][cases][editor][issue10]")
{
    Editor e(640);
    e.editor->openCase(e.freshCase());
    uitest::pump();
    auto *stage = e.child<QComboBox>("caseStage");
    auto *priority = e.child<QComboBox>("casePriority");
    for (QComboBox *box : { stage, priority }) {
        // What the box needs to show its longest choice whole: a box sized to its contents.
        QComboBox probe;
        probe.setFont(box->font());
        for (int i = 0; i < box->count(); ++i)
            probe.addItem(box->itemText(i));
        probe.setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const int needed = probe.sizeHint().width();
        INFO(box->objectName().toStdString()
            << " is " << box->width() << ", at least " << box->minimumSizeHint().width()
            << "; its longest choice needs " << needed);
        CHECK(box->width() >= needed);
        CHECK(box->minimumSizeHint().width() >= needed); // never squeezed below it, whatever the window
    }
}
