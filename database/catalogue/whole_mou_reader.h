#pragma once
// Reading the parts of the register migration 9 added (the seeds' clauses,
// both panel forms, written confirmations and the agreement's lifecycle);
// used by CatalogueRepository::load inside its read transaction.

#include "core/catalogue/catalogue.h"

namespace hub::db
{

class Connection;

// The agreement's written confirmations and its history (extensions, notices), oldest first.
void readAgreementRecords(const Connection &c, Agreement &agreement);
// Every panel form of the agreement with its seats, appended to `panels`.
void readPanelForms(
    const Connection &c, const QString &agreementId, const QString &agreementKey, QVector<PanelRule> &panels);
// Every clause of every agreement, agreements in catalogue order, clauses in seed order.
void readClauses(const Connection &c, Catalogue &cat);

} // namespace hub::db
