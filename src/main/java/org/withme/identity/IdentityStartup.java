package org.withme.identity;

import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Once the engine is built and has deployed the models: groups and grants, then the demo users
 * or the admin account, one node at a time ({@link SetupLock}). A failure here stops WithMe from starting.
 */
@Component
class IdentityStartup implements SmartInitializingSingleton {

  private final IdentitySetup setup;
  private final Optional<DemoUsers> demoUsers;
  private final Optional<AdminAccount> adminAccount;
  private final SetupLock lock;

  IdentityStartup(IdentitySetup setup, Optional<DemoUsers> demoUsers, Optional<AdminAccount> adminAccount, SetupLock lock) {
    this.lock = lock;
    this.setup = setup;
    this.demoUsers = demoUsers;
    this.adminAccount = adminAccount;
  }

  @Override
  public void afterSingletonsInstantiated() {
    lock.run(() -> {
      setup.run();
      demoUsers.ifPresent(DemoUsers::create);
      adminAccount.ifPresent(AdminAccount::ensure);
    });
  }
}
