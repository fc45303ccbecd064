#pragma once
// Help › About Hubcase: what the application is, its version, and the Open
// Government Licence attribution for the NHS data it ships.

#include <QDialog>

namespace hub::ui
{

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // resources/data/ATTRIBUTION.md as compiled in (without its HTML comment line).
    static QString attributionMarkdown();
};

} // namespace hub::ui
