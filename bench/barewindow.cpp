// The floor for Shiken's start-up in the benchmark: a bare QMainWindow of Shiken's size,
// shown the same way and quitting after its first paint the same way (FirstPaint). With --text
// the window shows one line of text: what any window that draws text pays on top of the floor.

#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 760);
    if (app.arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Practice exams for the AWS Certified "
                                                          "CloudOps Engineer – Associate")));
    new FirstPaint(&window, [] { FirstPaint::quitIfRequested(); });
    window.show();
    return app.exec();
}
