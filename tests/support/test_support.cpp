#include "test_support.h"

#include <QDir>

namespace hubtest {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_SOURCE_DIR)).filePath(relative);
}

QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_SHARED_DIR)).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(QStringLiteral(HUBCASE_BINARY_DIR)).filePath(relative);
}

} // namespace hubtest
