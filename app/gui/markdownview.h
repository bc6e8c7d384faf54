#pragma once

#include <QTextBrowser>

// Shows Markdown from the bank. Nothing is ever loaded from outside the application (no
// remote images); a link opens in the browser only when the learner clicks it.
class MarkdownView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownView(QWidget *parent = nullptr);

    // Grows with its text instead of scrolling, for views inside a scroll area.
    void setFitToContents(bool fit);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void linkOpened(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_fit = false;
    bool m_adjusting = false; // dropping the point sizes of a new text
};

// Inline Markdown (a choice's text) as rich text for a QLabel.
QString markdownToHtml(const QString &markdown);
