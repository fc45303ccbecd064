#pragma once
// Helpers for the widget tests: demo office files, event pumping, clicking
// buttons of modal dialogs, and a structural check of item models.

#include "test_support.h"

#include <QAbstractItemModel>
#include <QString>
#include <functional>
#include <memory>

class QTimer;

namespace hub::ui
{
class MainWindow;
}

namespace uitest
{

// A fresh copy of a demo office file (the demo is built once per run) in `dir`.
QString demoCopy(const hubtest::TempDir &dir, const QString &name = QStringLiteral("office.hubcase"));

// Lets queued connections and deferred work run.
void pump(int rounds = 5);

// Types `text` into a widget as key presses (like QTest::keyClicks, without QtTest).
void typeText(QWidget *widget, const QString &text);

// Presses and releases a key as a user would (like QTest::keyClick, without
// QtTest): shortcuts first (Ctrl+P, F5), then the widget with the focus, or
// `widget` when given.
void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, QWidget *widget = nullptr);

// Shows the window and makes it the active one, so focus and shortcuts work offscreen.
void activate(QWidget *window);

// A main window on `path` that neither reads nor writes the user's layout.
std::unique_ptr<hub::ui::MainWindow> openWindow(const QString &path, bool readOnly = false);

// Waits (polling, up to 5 s) for a visible top-level widget named `dialogName`,
// calls `inspect` on it, then clicks its child button `buttonName`.
// The returned timer belongs to the caller's scope.
std::unique_ptr<QTimer> clickWhenShown(
    const QString &dialogName, const QString &buttonName, std::function<void(QWidget *)> inspect = {});

// Checks a model's structure the way QAbstractItemModelTester would
// (indexes, parents, row/column counts, data for common roles), recursively.
void checkModel(const QAbstractItemModel &model);

// Every row under `parent` (recursively) whose column-0 data for `role` is `value`.
int countRows(const QAbstractItemModel &model, int role, const QVariant &value, const QModelIndex &parent = {});

} // namespace uitest
