#include "markdownview.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Markdown's code spans and blocks come in the fixed-pitch system font at its own point size;
// without that size they follow the view's font, and so the text size (TextScale).
void dropPointSizes(QTextDocument *document)
{
    struct Range
    {
        int start, length;
        QTextCharFormat format;
    };
    QList<Range> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontPointSize))
                continue;
            format.clearProperty(QTextFormat::FontPointSize);
            ranges.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(document);
    for (const Range &range : std::as_const(ranges)) {
        cursor.setPosition(range.start);
        cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
}

} // namespace

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
        if (m_adjusting)
            return;
        m_adjusting = true;
        dropPointSizes(document());
        m_adjusting = false;
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
    dropPointSizes(&document);
    // Without the document's own font size the label's font (and the text size) applies.
    static const QRegularExpression bodySize(u"(<body style=\"[^\"]*?)font-size:[^;]*;"_s);
    return document.toHtml().replace(bodySize, u"\\1"_s);
}
