package com.example.commerce.axon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The deadline manager and the deadline task Axon's db-scheduler auto-configuration would build,
 * with two changes: the manager is {@link DbSchedulerDeadlines} (which also stores a deadline
 * without reading first), and a deadline that fails is fired again within seconds
 * ({@link RetrySoon}) rather than 5 minutes later. Only where db-scheduler runs: query-only nodes
 * take no deadlines.
 */
@AutoConfiguration(
        afterName = "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration")
@ConditionalOnBean(Scheduler.class)
public class DeadlineConfiguration {

    /** Axon's task, which fires the deadline, retried on our schedule when it fails. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    public Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        Task<DbSchedulerBinaryDeadlineDetails> axons =
                DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
        return Tasks.oneTime(axons.getName(), axons.getDataClass())
                .onFailure(new RetrySoon<>())
                .execute(axons::execute);
    }

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler, Configuration configuration,
                                           @Qualifier("eventSerializer") Serializer serializer,
                                           TransactionManager transactionManager,
                                           DeadlineManagerSpanFactory spanFactory) {
        // db-scheduler's own lifecycle starts and stops the scheduler, as in Axon's configuration.
        return new DbSchedulerDeadlines(scheduler, serializer, spanFactory, DbSchedulerDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false));
    }
}
