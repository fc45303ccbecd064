#pragma once
// A label that shortens its text with "…" in the middle to fit (long file paths).

#include <QLabel>

namespace hub::ui
{

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();
    QString m_full;
};

} // namespace hub::ui
