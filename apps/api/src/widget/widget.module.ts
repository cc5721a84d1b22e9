import { Module } from '@nestjs/common';
import { WidgetAsset } from './widget-asset';
import { WidgetController } from './widget.controller';

/** Serves the embeddable comment widget at /widget.js. */
@Module({ controllers: [WidgetController], providers: [WidgetAsset], exports: [WidgetAsset] })
export class WidgetModule {}
