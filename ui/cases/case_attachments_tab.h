#pragma once
// The case editor's Attachments tab: the files kept with the case inside the
// office file, with Add, Save as and Remove. Writes go through the
// CaseDocument, which shows the case again afterwards.

#include "database/cases/case_rows.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace hub::ui
{

class CaseDocument;

class CaseAttachmentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CaseAttachmentsTab(QWidget *parent = nullptr);

    // The document of the case shown (null: nothing can be done).
    void setDocument(CaseDocument *document);
    void showCase(const db::CaseDetail &detail);
    void setEditable(bool editable);

signals:
    void statusMessage(const QString &message);

private:
    void add();
    void save();
    void remove();
    void updateButtons();

    CaseDocument *m_doc = nullptr;
    QString m_ref;
    bool m_editable = false;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace hub::ui
