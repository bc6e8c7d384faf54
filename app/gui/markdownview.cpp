#include "markdownview.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextDocument>

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"https" || url.scheme() == u"http") {
            QDesktopServices::openUrl(url);
            emit linkOpened(url);
        }
    });
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_fit)
            updateGeometry();
    });
}

void MarkdownView::setFitToContents(bool fit)
{
    m_fit = fit;
    setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, fit ? QSizePolicy::Minimum : QSizePolicy::Expanding);
    updateGeometry();
}

QSize MarkdownView::sizeHint() const
{
    if (!m_fit)
        return QTextBrowser::sizeHint();
    QTextDocument *doc = document();
    doc->setTextWidth(viewport()->width() > 0 ? viewport()->width() : 600);
    return {QTextBrowser::sizeHint().width(), int(doc->size().height()) + 2 * frameWidth() + 4};
}

QSize MarkdownView::minimumSizeHint() const
{
    return m_fit ? QSize(100, sizeHint().height()) : QTextBrowser::minimumSizeHint();
}

void MarkdownView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_fit)
        updateGeometry();
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    // Only what the application itself ships; never the network or the file system.
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}

QString markdownToHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toHtml();
}
