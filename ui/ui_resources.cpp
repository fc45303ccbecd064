// Resource registration and icon lookup for the widgets library.
#include "ui/ui_resources.h"

#include <QDir>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerHubcaseResources()
{
    Q_INIT_RESOURCE(hubcase);
}

namespace hub::ui
{

void initResources()
{
    static const bool done = [] {
        registerHubcaseResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon icon(const QString &name)
{
    initResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace hub::ui
