#pragma once
// A case's timeline as a table: one row per event (date, event, exclusion,
// note / detail, recorded by), in date order. The note column holds the
// whole note (a closure's outcome too), and every cell's tooltip the whole
// text, so nothing is cut off; events after the as-of day are greyed.

#include "database/cases/case_rows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hub::ui
{

class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Event, Exclusion, Note, RecordedBy, ColumnCount };

    explicit CaseTimelineModel(QObject *parent = nullptr);

    void setCase(const db::CaseDetail &detail);
    void clear();
    const CaseEvent *eventAt(int row) const;

    // What the note column shows for an event: the note and detail, and for a
    // closure its outcome and whether the response was full.
    static QString noteText(const CaseEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const CaseEvent &event, int column) const;

    QVector<CaseEvent> m_events;
    QHash<QString, QString> m_exclusionText;
    QDate m_asOf;
};

} // namespace hub::ui
