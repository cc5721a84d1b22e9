import { Module } from '@nestjs/common';
import { LivePublisher } from './live-publisher';

/** The publishing side of the live stream; which process hears status changes is wired in StatusListenersModule. */
@Module({ providers: [LivePublisher], exports: [LivePublisher] })
export class LivePublisherModule {}
