package org.withme.notification.reminder;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.withme.notification.Mailer;

/** Wires the reminder mechanism into the engine (see {@link ReminderPlugin}). */
@Configuration
@org.springframework.boot.context.properties.EnableConfigurationProperties(ArrivalMailProperties.class)
public class ReminderConfiguration {

  @Bean
  ReminderMails reminderMails(org.withme.notification.BaseUrl baseUrl) {
    return new ReminderMails(baseUrl, ZoneId.systemDefault());
  }

  @Bean
  ReminderRecords reminderRecords(DataSource dataSource, PlatformTransactionManager transactionManager) {
    return new ReminderRecords(dataSource, transactionManager);
  }

  @Bean
  Reminders reminders(ReminderProperties properties, ReminderRecords records, ReminderMails mails, Mailer mailer) {
    return new Reminders(properties, records, mails, mailer);
  }

  @Bean
  ReminderPlugin reminderPlugin(Reminders reminders, ArrivalMailProperties arrival) {
    return new ReminderPlugin(reminders, arrival);
  }
}
