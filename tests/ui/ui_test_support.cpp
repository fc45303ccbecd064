// Widget-test helpers.
#include "ui_test_support.h"

#include "database/demo/demo_office.h"
#include "ui/main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTimer>

namespace
{

// Before any QSettings exists: keep the tests' remembered layouts away from the user's.
const bool kTestSettings = [] {
    QStandardPaths::setTestModeEnabled(true);
    return true;
}();

} // namespace

// QtGui's own hook for QTest::keyClick: offers the key to the shortcut map first.
Q_GUI_EXPORT bool qt_sendShortcutOverrideEvent(QObject *o, ulong timestamp, int k, Qt::KeyboardModifiers mods,
    const QString &text = QString(), bool autorep = false, ushort count = 1);

namespace uitest
{

QString demoCopy(const hubtest::TempDir &dir, const QString &name)
{
    static hubtest::TempDir master;
    static const QString demo = [] {
        const QString path = master.path(QStringLiteral("demo.hubcase"));
        const auto made = hub::db::createDemoOffice(path);
        INFO((made ? std::string() : made.error().describe().toStdString()));
        REQUIRE(made.ok());
        return path;
    }();
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(demo, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

void pump(int rounds)
{
    for (int i = 0; i < rounds; ++i)
        QApplication::processEvents();
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void pressKey(int key, Qt::KeyboardModifiers modifiers, QWidget *widget)
{
    QWidget *target = widget ? widget : QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    REQUIRE(target);
    if (qt_sendShortcutOverrideEvent(target, 0, key, modifiers))
        return; // a shortcut took it
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(QApplication::focusWidget() ? QApplication::focusWidget() : target, &release);
}

void activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    pump();
}

std::unique_ptr<hub::ui::MainWindow> openWindow(const QString &path, bool readOnly)
{
    auto window = std::make_unique<hub::ui::MainWindow>();
    window->setRemembersState(false);
    REQUIRE(window->openFile(path, readOnly));
    pump();
    return window;
}

std::unique_ptr<QTimer> clickWhenShown(
    const QString &dialogName, const QString &buttonName, std::function<void(QWidget *)> inspect)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QTimer *t = timer.get();
    auto tries = std::make_shared<int>(0);
    QObject::connect(t, &QTimer::timeout, [t, tries, dialogName, buttonName, inspect] {
        if (++*tries > 250) {
            t->stop();
            return;
        }
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() != dialogName || !w->isVisible())
                continue;
            t->stop();
            if (inspect)
                inspect(w);
            if (buttonName.isEmpty())
                return;
            if (auto *b = w->findChild<QAbstractButton *>(buttonName))
                b->click();
            return;
        }
    });
    timer->start();
    return timer;
}

namespace
{

void checkLevel(const QAbstractItemModel &m, const QModelIndex &parent, int depth)
{
    REQUIRE(depth < 10);
    const int rows = m.rowCount(parent);
    const int cols = m.columnCount(parent);
    REQUIRE(rows >= 0);
    REQUIRE(cols >= 0);
    CHECK(m.hasChildren(parent) == (rows > 0 && cols > 0));
    CHECK_FALSE(m.index(rows, 0, parent).isValid());
    CHECK_FALSE(m.index(-1, 0, parent).isValid());
    CHECK_FALSE(m.index(0, cols, parent).isValid());
    CHECK_FALSE(m.hasIndex(rows, 0, parent));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            const QModelIndex idx = m.index(r, c, parent);
            REQUIRE(idx.isValid());
            CHECK(idx.model() == &m);
            CHECK(idx.row() == r);
            CHECK(idx.column() == c);
            CHECK(m.parent(idx) == parent);
            CHECK(m.index(r, c, parent) == idx); // stable
            CHECK(m.sibling(r, c, idx) == idx);
            CHECK((m.flags(idx) & Qt::ItemIsEnabled));
            for (int role : { int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::FontRole),
                     int(Qt::TextAlignmentRole), int(Qt::BackgroundRole), int(Qt::ForegroundRole),
                     int(Qt::UserRole + 1), int(Qt::UserRole + 2) }) {
                const QVariant v = m.data(idx, role);
                if (role == Qt::DisplayRole && v.isValid())
                    CHECK(v.canConvert<QString>());
            }
            if (c == 0 && m.rowCount(idx) > 0)
                checkLevel(m, idx, depth + 1);
            else if (c > 0)
                CHECK(m.rowCount(idx) == 0);
        }
    }
}

} // namespace

void checkModel(const QAbstractItemModel &model)
{
    for (int c = 0; c < model.columnCount(); ++c)
        CHECK_FALSE(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    CHECK_FALSE(model.parent(QModelIndex()).isValid());
    checkLevel(model, {}, 0);
}

int countRows(const QAbstractItemModel &model, int role, const QVariant &value, const QModelIndex &parent)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex idx = model.index(r, 0, parent);
        if (model.data(idx, role) == value)
            ++n;
        n += countRows(model, role, value, idx);
    }
    return n;
}

} // namespace uitest
