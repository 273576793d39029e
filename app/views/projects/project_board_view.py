"""The project board: a column per stage with a card per project (code, customer, amount,
days in the stage, stalled in red). A card can be dragged to a later column, or moved with
its context menu, where the user's role may enter that stage; the page then asks for the
details of the move (date, note, contract...)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import STAGE_ORDER, ProjectStage
from app.domain.money import Money
from app.services.core.list_request import ListRequest
from app.services.projects.project_list_service import ProjectRow, board
from app.views.ledger_labels import stage_label
from app.views.projects.project_table_model import days_in_stage, project_amount
from app.views.projects.stage_dialog import allowed_targets
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.tables.row_opener import open_rows

MIME_TYPE = "application/x-labledger-project"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# A stage column is this wide when there is room, and shrinks to fit the board down to what
# the widest code on its cards needs; below that the board scrolls sideways.
COLUMN_WIDTH = 196
CARD_INSET = 3  # the card's edge inside its cell
CARD_PADDING = 6  # the text inside the card's edge
CARD_LINES = 4
BOARD_STAGES = (*STAGE_ORDER, ProjectStage.CANCELLED)
CARD_BORDER = QColor("#c9ced6")
CARD_SELECTED = QColor("#e3edfb")
MUTED_TEXT = QColor("#5f6670")
DEADLINE_COLOUR = QColor("#b26a00")


class CardDelegate(QStyledItemDelegate):
    """Paints a project as a card; the as-of date decides days in stage and deadlines."""

    def __init__(self, as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_of = as_of

    def sizeHint(
        self, option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As wide as the column lets it be (the list lays cards out to its width).
        line = option.fontMetrics.lineSpacing()
        return QSize(0, CARD_LINES * line + 18)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ProjectRow):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(NEGATIVE_TEXT if row.stalled else CARD_BORDER, 2 if row.stalled else 1))
        painter.setBrush(CARD_SELECTED if selected else QColor("white"))
        painter.drawRoundedRect(card, 4, 4)

        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        text = card.adjusted(CARD_PADDING, 5, -CARD_PADDING, -5)

        def row_rect(n: int) -> QRect:
            return QRect(text.left(), text.top() + n * line, text.width(), line)

        bold = painter.font()
        bold.setBold(True)
        flag, flag_colour = "", MUTED_TEXT
        if row.stalled:
            flag, flag_colour = self.tr("Stalled"), NEGATIVE_TEXT
        elif row.deadline_overdue(self.as_of):
            flag, flag_colour = self.tr("Deadline passed"), DEADLINE_COLOUR
        painter.setFont(bold)
        painter.setPen(option.palette.text().color())
        painter.drawText(row_rect(0), Qt.AlignmentFlag.AlignLeft, row.code)
        bold_metrics = QFontMetrics(bold)
        # A narrow card shows the flag in place of the title.
        flag_beside_code = (
            bold_metrics.horizontalAdvance(row.code) + 8 + bold_metrics.horizontalAdvance(flag)
            <= text.width()
        )
        if flag and flag_beside_code:
            painter.setPen(flag_colour)
            painter.drawText(row_rect(0), Qt.AlignmentFlag.AlignRight, flag)
        painter.setFont(option.font)
        painter.setPen(option.palette.text().color())
        painter.drawText(
            row_rect(1),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(row.customer_name, Qt.TextElideMode.ElideRight, text.width()),
        )
        flag_as_title = bool(flag) and not flag_beside_code
        painter.setPen(flag_colour if flag_as_title else MUTED_TEXT)
        painter.drawText(
            row_rect(2),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(
                flag if flag_as_title else row.title, Qt.TextElideMode.ElideRight, text.width()
            ),
        )
        days = self.tr("%n day(s)", "", days_in_stage(row, self.as_of))
        amount = Money(project_amount(row)).format() if project_amount(row) else ""
        # A narrow card drops the days (the details have them) before it cuts the amount.
        days_width = metrics.horizontalAdvance(days)
        if not amount or metrics.horizontalAdvance(amount) + 8 + days_width <= text.width():
            painter.setPen(MUTED_TEXT)
            painter.drawText(row_rect(3), Qt.AlignmentFlag.AlignRight, days)
            room = text.width() - days_width - 8
        else:
            room = text.width()
        if amount:
            painter.setPen(option.palette.text().color())
            painter.drawText(
                QRect(text.left(), text.top() + 3 * line, room, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(amount, Qt.TextElideMode.ElideRight, room),
            )
        painter.restore()


class BoardList(QListWidget):
    """One column's cards. Accepts a dragged card when the board says the move is allowed."""

    dropped = Signal(int, str)  # project id, this column's stage

    def __init__(self, stage: ProjectStage, board_view: ProjectBoardView) -> None:
        super().__init__()
        self.stage = stage
        self._board = board_view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        row = items[0].data(ROW_ROLE) if items else None
        if isinstance(row, ProjectRow):
            data.setData(MIME_TYPE, QByteArray(str(row.id).encode()))
        return data

    def startDrag(self, actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.CopyAction)

    def _project_id(self, event: QDropEvent) -> int | None:
        data = event.mimeData()
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            return int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None

    def _check(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        project_id = self._project_id(event)
        if project_id is not None and self._board.can_move(project_id, self.stage):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._check(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._check(event)

    def dropEvent(self, event: QDropEvent) -> None:
        project_id = self._project_id(event)
        if project_id is None or not self._board.can_move(project_id, self.stage):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(project_id, self.stage.value)


class StageColumn(QFrame):
    def __init__(self, stage: ProjectStage, board_view: ProjectBoardView) -> None:
        super().__init__()
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMaximumWidth(COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.total = 0
        self.header = QLabel()
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.cards = BoardList(stage, board_view)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.setStyleSheet(f"color: {MUTED_TEXT.name()};")
        self.body = layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 6, 2, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more)

    def fill(self, total: int, rows: list[ProjectRow]) -> None:
        self.total = total
        self.header.setText(
            self.tr("{stage} ({count})").format(stage=stage_label(self.stage), count=f"{total:,}")
        )
        self.cards.clear()
        for row in rows:
            item = QListWidgetItem(row.code)
            item.setData(ROW_ROLE, row)
            item.setToolTip(f"{row.code} {row.title}\n{row.customer_name}")
            self.cards.addItem(item)
        hidden = total - len(rows)
        self.more.setText(
            self.tr("%n more: use the list to see them all.", "", hidden) if hidden > 0 else ""
        )
        self.more.setVisible(hidden > 0)


class ProjectBoardView(QWidget):
    currentProjectChanged = Signal(object)  # ProjectRow or None
    moveRequested = Signal(object, str)  # ProjectRow, target stage
    openRequested = Signal(object)  # ProjectRow: Enter or a double-click on its card
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: dict[int, ProjectRow] = {}
        self._current_id: int | None = None
        self.delegate = CardDelegate(ctx.as_of(), self)
        self.columns: dict[str, StageColumn] = {}
        strip = QWidget()
        row_layout = QHBoxLayout(strip)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(4)
        for stage in BOARD_STAGES:
            column = StageColumn(stage, self)
            column.cards.setItemDelegate(self.delegate)
            column.cards.currentItemChanged.connect(
                lambda current, _previous, c=column: self._card_chosen(c, current)
            )
            column.cards.dropped.connect(self._dropped)
            open_rows(
                column.cards,
                lambda index: self.openRequested.emit(index.data(ROW_ROLE)),
            )
            column.cards.customContextMenuRequested.connect(
                lambda point, c=column: self._context_menu(c, point)
            )
            self.columns[stage.value] = column
            row_layout.addWidget(column, 1)
        row_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(strip)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # --- loading -------------------------------------------------------------------------

    def reload(self, request: ListRequest) -> None:
        as_of = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: board(session, request, as_of),
            lambda columns: self._show(as_of, columns),
            owner=self,
            latest="board",
        )

    def _show(self, as_of: date, columns: dict[str, tuple[int, list[ProjectRow]]]) -> None:
        self.delegate.as_of = as_of
        kept = self._current_id
        self._rows = {}
        self._fit_columns_to(rows for _total, rows in columns.values())
        for stage, (total, rows) in columns.items():
            column = self.columns[stage]
            column.cards.blockSignals(True)
            column.fill(total, rows)
            column.cards.blockSignals(False)
            self._rows.update((row.id, row) for row in rows)
        self._current_id = None
        if kept is not None and kept in self._rows:
            self.select_project(kept)
        else:
            self.currentProjectChanged.emit(None)
        self.loaded.emit()

    def _fit_columns_to(self, shown: Iterable[list[ProjectRow]]) -> None:
        """Columns may shrink to what the widest code on a card needs, no further."""
        bold = QFont(self.font())
        bold.setBold(True)
        code = max(
            (QFontMetrics(bold).horizontalAdvance(row.code) for rows in shown for row in rows),
            default=0,
        )
        for column in self.columns.values():
            cards = column.cards
            margins = column.body.contentsMargins()
            around = (
                2 * column.frameWidth()
                + margins.left()
                + margins.right()
                + 2 * cards.frameWidth()
                + cards.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, cards)
                + 2 * cards.spacing()
                + 2 * (CARD_INSET + CARD_PADDING)
            )
            column.setMinimumWidth(
                min(COLUMN_WIDTH, max(code + around, column.minimumSizeHint().width()))
            )

    # --- what the page asks --------------------------------------------------------------

    def row(self, project_id: int) -> ProjectRow | None:
        return self._rows.get(project_id)

    def card(self, project_id: int) -> QListWidgetItem | None:
        row = self._rows.get(project_id)
        if row is None:
            return None
        cards = self.columns[row.stage].cards
        for number in range(cards.count()):
            item = cards.item(number)
            if item.data(ROW_ROLE).id == project_id:
                return item
        return None

    def codes(self, stage: str) -> list[str]:
        cards = self.columns[stage].cards
        return [cards.item(n).text() for n in range(cards.count())]

    def select_project(self, project_id: int) -> bool:
        item = self.card(project_id)
        if item is None:
            return False
        item.listWidget().setCurrentItem(item)
        item.listWidget().scrollToItem(item)
        return True

    def can_move(self, project_id: int, stage: ProjectStage) -> bool:
        row = self._rows.get(project_id)
        return row is not None and stage in allowed_targets(self._ctx.actor, row)

    def move_menu(self, row: ProjectRow) -> QMenu:
        """'Move to' with the stages the user's role may enter."""
        menu = QMenu(self.tr("Move to"), self)
        for stage in allowed_targets(self._ctx.actor, row):
            action = menu.addAction(stage_label(stage))
            action.triggered.connect(
                lambda _checked=False, s=stage.value: self.moveRequested.emit(row, s)
            )
        menu.setEnabled(not menu.isEmpty())
        return menu

    # --- internals -----------------------------------------------------------------------

    def _card_chosen(self, column: StageColumn, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.cards.blockSignals(True)
                other.cards.clearSelection()
                other.cards.setCurrentRow(-1)
                other.cards.blockSignals(False)
        row = item.data(ROW_ROLE)
        if row.id != self._current_id:
            self._current_id = row.id
            self.currentProjectChanged.emit(row)

    def _dropped(self, project_id: int, stage: str) -> None:
        row = self._rows.get(project_id)
        if row is not None:
            self.moveRequested.emit(row, stage)

    def _context_menu(self, column: StageColumn, point: QPoint) -> None:
        item = column.cards.itemAt(point)
        if item is None:
            return
        menu = self.move_menu(item.data(ROW_ROLE))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(column.cards.viewport().mapToGlobal(point))
