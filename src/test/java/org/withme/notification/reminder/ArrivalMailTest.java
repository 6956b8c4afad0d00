package org.withme.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.withme.support.Programmes;
import org.withme.support.WithMeTest;

/** A task that arrives for a group mails its members once, with a link straight to the task. */
@WithMeTest
class ArrivalMailTest {

  @Autowired ProcessEngine engine;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReminderMails mails;

  @Test
  void theCommissionersAreToldWhenAProgrammesFirstTaskArrives() throws Exception {
    String ref = Programmes.newReference();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("commissioning-cycle", Programmes.startForm(ref));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

    List<String> commissioners = engine.getIdentityService().createUserQuery().memberOfGroup("commissioners").list().stream()
        .map(u -> u.getEmail()).filter(e -> e != null && !e.isBlank()).toList();
    assertThat(commissioners).isNotEmpty();
    assertThat(jdbc.queryForList("select recipient from wm_reminder_mail where task_id = ? and reminder_point = 'arrival'",
        String.class, task.getId())).containsExactlyInAnyOrderElementsOf(commissioners);

    for (String mailId : jdbc.queryForList("select id from wm_reminder_mail where task_id = ? and reminder_point = 'arrival'",
        String.class, task.getId())) {
      Job send = engine.getManagementService().createJobQuery().list().stream()
          .filter(j -> mailId.equals(jdbc.queryForObject("select HANDLER_CFG_ from ACT_RU_JOB where ID_ = ?", String.class,
              j.getId()))).findFirst().orElseThrow();
      engine.getManagementService().executeJob(send.getId());
    }
    List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).equals("New task for you: " + task.getName() + " - " + ref)).toList();
    assertThat(received).hasSize(commissioners.size());
    MimeMessage first = received.get(0);
    assertThat(first.getRecipients(Message.RecipientType.TO)[0].toString()).isIn(commissioners);
    assertThat(GreenMailUtil.getBody(first).replace("=\r\n", "").replace("=3D", "=")).contains(mails.taskLink(task.getId()));
    assertThat(jdbc.queryForList("select status from wm_reminder_mail where task_id = ? and reminder_point = 'arrival'",
        String.class, task.getId())).containsOnly("sent");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      return "";
    }
  }
}
