#pragma once
// Acknowledgement / holding letters of a case: print preview and PDF through
// the shared letter layout (print/letter_document.h).

#include "core/common/result.h"
#include "database/cases/template_repository.h"

class QWidget;

namespace hub::ui
{

void previewCaseLetter(QWidget *parent, const db::MergedLetter &letter, const QString &officeName);
Status saveCaseLetterPdf(const QString &path, const db::MergedLetter &letter, const QString &officeName);
// "WMH-2016-00042-acknowledgement.pdf"
QString suggestedLetterFileName(const db::MergedLetter &letter, const QString &templateKey);

} // namespace hub::ui
