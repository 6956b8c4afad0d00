package org.withme.forms;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused submission must leave as it was: the instance's variables, its open tasks, and
 * the number of rows in each of WithMe's tables.
 */
public final class Snapshots {

  private final JdbcTemplate jdbc;
  private final List<String> tables;

  public Snapshots(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.tables = jdbc.queryForList("select table_name from information_schema.tables where lower(table_name) like 'wm\\_%'"
        + " and lower(table_schema) not in ('information_schema', 'pg_catalog')", String.class);
  }

  /** The counts of rows in WithMe's tables, by table. */
  public Map<String, Long> records() {
    Map<String, Long> counts = new TreeMap<>();
    for (String t : tables) {
      counts.put(t.toLowerCase(), jdbc.queryForObject("select count(*) from " + t, Long.class));
    }
    return counts;
  }

  /** An instance's variables (name, type, value, bytes) and open tasks, as one comparable text. */
  public String instance(String processInstanceId) {
    StringBuilder b = new StringBuilder();
    jdbc.query("select v.name_, v.type_, v.text_, v.text2_, v.long_, v.double_, v.execution_id_, v.task_id_, r.bytes_"
        + " from act_ru_variable v left join act_ge_bytearray r on r.id_ = v.bytearray_id_"
        + " where v.proc_inst_id_ = ? order by v.name_, v.execution_id_, v.task_id_", rs -> {
          byte[] bytes = rs.getBytes(9);
          b.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|').append(rs.getString(3)).append('|')
              .append(rs.getString(4)).append('|').append(rs.getObject(5)).append('|').append(rs.getObject(6)).append('|')
              .append(rs.getString(7)).append('|').append(rs.getString(8)).append('|')
              .append(bytes == null ? "" : java.util.Arrays.hashCode(bytes)).append('\n');
        }, processInstanceId);
    jdbc.query("select id_, task_def_key_, assignee_ from act_ru_task where proc_inst_id_ = ? order by id_",
        rs -> {
          b.append("task ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
        }, processInstanceId);
    return b.toString();
  }

  /** How many instances of a process were ever started (running and finished). */
  public long started(String processKey) {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ?", Long.class, processKey);
  }

  /**
   * A fingerprint of every row of WithMe's tables (their contents, not only their number): what an
   * update in place would change. Dearer than {@link #records()}, so taken once per batch.
   */
  public Map<String, Integer> contents() {
    Map<String, Integer> hashes = new TreeMap<>();
    for (String t : tables) {
      List<String> rows = jdbc.queryForList("select * from " + t).stream().map(r -> r.values().toString()).sorted().toList();
      hashes.put(t.toLowerCase(), rows.hashCode());
    }
    return hashes;
  }
}
