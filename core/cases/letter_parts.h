#pragma once
// The parts of a letter around its merged body: who it is from (the Hub's
// letterhead and the officer's contact), who it is to (the requester when the
// case names one, then the practice and its address from its ODS record),
// and the salutation. Lines whose fields are empty are left out.

#include "core/cases/case_event.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub
{

// The Hub's address and contact details printed on every letter (office data, synced).
struct Letterhead {
    QString hubName; // "NHS England West Midlands Primary Care Hub"
    QString address; // one line per address line
    QString phone;
    QString email;
};

// Address lines from an ODS record's one-line address ("a, b, c") or a
// multi-line one, then the postcode; empty parts dropped.
QStringList addressLines(const QString &address, const QString &postcode = {});

// The merge fields the letter parts add beside the case's own fields:
// salutation, practice_address, hub_name, hub_address, hub_phone, hub_email,
// and from the timeline responded_on, response_text, closed_on, closure_note.
QStringList letterPartFields();

// responded_on / response_text and closed_on / closure_note: the latest
// "responded" and "closed" entries of the timeline (empty when none).
void addTimelineValues(QHash<QString, QString> &values, const QVector<CaseEvent> &timeline);

// Adds the letter part fields to `values` (which already holds the case's
// fields: practice_name, requester_name, requester_organisation, officer ...).
// `practiceAddress` is the practice's address lines joined by newlines.
void addLetterPartValues(QHash<QString, QString> &values, const Letterhead &letterhead, const QString &practiceAddress);

// To: requester_name, requester_organisation (unless it is the practice),
// practice_name, then the practice's address lines.
QStringList letterAddressee(const QHash<QString, QString> &values);

// From: the Hub's name and address lines.
QStringList letterSender(const QHash<QString, QString> &values);

// "Contact: A Patel\nTelephone 0121 000 0000\nEmail hub@nhs.net": one line each for what is known.
QString letterContactLine(const QHash<QString, QString> &values);

// "Dear Sarah Okafor," when the case names its requester, otherwise "Dear colleague,".
QString letterSalutation(const QHash<QString, QString> &values);

} // namespace hub
