import { Module } from '@nestjs/common';
import { AuthService } from './auth.service.js';
import { AuthResolver } from './auth.resolver.js';
import { LoginStore } from './login.store.js';
import { UserAccountStore } from './user-account.store.js';
import { LoginThrottle } from './login-throttle.js';
import { UserAccountsService } from './user-accounts.service.js';

@Module({ providers: [AuthService, AuthResolver, LoginStore, LoginThrottle, UserAccountsService, UserAccountStore] })
export class AuthModule {}
