package org.policygraph.layout;

/** The blocks of a layout one per line, for test failure messages: {@code LIST_ITEM [1.] 1. De raad ...}. */
final class LayoutDump {

    private LayoutDump() {
    }

    static String of(Layout layout) {
        StringBuilder s = new StringBuilder();
        for (Block b : layout.blocks()) {
            s.append(b.kind());
            b.label().ifPresent(l -> s.append(" [").append(l.written()).append(']'));
            b.table().ifPresent(t -> s.append(" ").append(t.rows().size()).append('x').append(t.columnCount())
                    .append(" header ").append(t.headerRows()));
            s.append(' ').append(b.text().replace("\n", " / ")).append('\n');
        }
        return s.toString();
    }
}
