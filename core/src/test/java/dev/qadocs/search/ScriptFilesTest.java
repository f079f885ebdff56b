package dev.qadocs.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFilesTest {

    /** Shards are sized by the counted length; it must be what the written JSON measures for postings entries. */
    @Test
    void theCountedLengthOfAnEntryIsItsJsonLength() throws Exception {
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 500; i++) {
            Object entry = entry(random, 3);
            assertThat(ScriptFiles.jsonLength(entry)).as("%s", entry).isEqualTo(json.writeValueAsString(entry).length());
        }
    }

    /** Lists of numbers, letters-and-signs strings (as blocks are) and lists, the shapes postings entries take. */
    private static Object entry(Random random, int depth) {
        switch (depth == 0 ? random.nextInt(2) : random.nextInt(3)) {
            case 0:
                return random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(Integer.MAX_VALUE);
            case 1:
                StringBuilder text = new StringBuilder();
                for (int c = random.nextInt(12); c > 0; c--) {
                    text.append("0aZ~!#{}é".charAt(random.nextInt(9)));
                }
                return text.toString();
            default:
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    list.add(entry(random, depth - 1));
                }
                return list;
        }
    }
}
