#pragma once
// The red bar over the pages when the open office file is damaged: it names
// the damage, says the file is open read-only and will not be changed, and
// offers the newest verified backup (from the folder this desktop last saw
// configured in the file).

#include <QFrame>

class QLabel;
class QPushButton;

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class DamagedFileBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DamagedFileBanner(QWidget *parent = nullptr);

    // Shown for a damaged file, hidden otherwise (or with none).
    void showFor(const db::OfficeFile *file);
    QString text() const;

signals:
    void restoreRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace hub::ui
